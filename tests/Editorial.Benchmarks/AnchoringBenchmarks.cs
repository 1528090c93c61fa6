using BenchmarkDotNet.Attributes;
using Editorial.Domain.Annotations;
using Editorial.Domain.Diff;

namespace Editorial.Benchmarks;

/// <summary>
/// Re-anchoring 500 comments on the 10,000-word article after a save that changed about 5% of its
/// words — what every save does for an article's comments. The diff is computed once per save and
/// shared with attribution, so it is measured apart (see <see cref="DiffBenchmarks"/>); the second
/// row adds it, to show the whole cost of a save's re-anchoring. Target: under 20 ms.
/// </summary>
[MemoryDiagnoser]
public class AnchoringBenchmarks
{
    private readonly ProseDiffResult _diff = ProseDiff.Compute(ArticleCorpus.TenThousandWords, ArticleCorpus.FivePercentChanged);
    private readonly IReadOnlyList<Anchor> _anchors = FiveHundredAnchors(ArticleCorpus.TenThousandWords);

    /// <summary>500 anchors carried through a precomputed diff.</summary>
    [Benchmark(Baseline = true)]
    public int Reanchor500_GivenTheDiff() => _anchors.Count(a => Anchoring.Reanchor(a, _diff, 2).IsAttached);

    /// <summary>The diff, then 500 anchors carried through it.</summary>
    [Benchmark]
    public int Reanchor500_WithTheDiff()
    {
        var diff = ProseDiff.Compute(ArticleCorpus.TenThousandWords, ArticleCorpus.FivePercentChanged);
        return _anchors.Count(a => Anchoring.Reanchor(a, diff, 2).IsAttached);
    }

    // Anchors of a few words spread evenly over the article, as real comments are.
    private static List<Anchor> FiveHundredAnchors(string text)
    {
        var random = new Random(500);
        var anchors = new List<Anchor>(500);
        var step = text.Length / 500;
        for (var i = 0; i < 500; i++)
        {
            var start = text.IndexOf(' ', i * step) + 1;
            var lineEnd = text.IndexOf('\n', start) is var newline and >= 0 ? newline : text.Length;
            var end = Math.Min(start + random.Next(10, 40), lineEnd);
            if (end - start < 3)
            {
                (start, end) = (lineEnd + 1, Math.Min(lineEnd + 12, text.Length));
            }

            anchors.Add(Anchoring.Create(text, start, end, 1));
        }

        return anchors;
    }
}
