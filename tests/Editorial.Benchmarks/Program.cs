using BenchmarkDotNet.Running;
using Editorial.Benchmarks;
using Editorial.Domain.Diff;

// dotnet run -c Release --project tests/Editorial.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/Editorial.Benchmarks -- --sizes   (prints what the inputs hold)
if (args.Contains("--sizes"))
{
    var original = ArticleCorpus.TenThousandWords;
    Console.WriteLine($"article: {original.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length} words, {original.Split('\n').Length} paragraphs");
    Console.WriteLine($"5% edit: {ProseDiff.Compute(original, ArticleCorpus.FivePercentChanged).Hunks.Count} changes");
    Console.WriteLine($"rewrite: {ProseDiff.Compute(original, ArticleCorpus.Rewritten).Hunks.Count} changes");
    Console.WriteLine($"every eighth word: {TrackedChanges.Pending(original, ArticleCorpus.EveryEighthWordChanged).Count} pending changes");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
