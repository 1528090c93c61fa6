using BenchmarkDotNet.Attributes;
using Editorial.Domain.Diff;

namespace Editorial.Benchmarks;

/// <summary>
/// Accept-all on the 10,000-word article with every eighth word changed (over 1,000 separate
/// pending changes): finding the changes and folding them all into the baseline. Target: under 1 s.
/// </summary>
[MemoryDiagnoser]
public class TrackedChangesBenchmarks
{
    private readonly string _baseline = ArticleCorpus.TenThousandWords;
    private readonly string _current = ArticleCorpus.EveryEighthWordChanged;

    /// <summary>Pending changes, then accept all.</summary>
    [Benchmark]
    public int AcceptAll_OverAThousandChanges()
    {
        var pending = TrackedChanges.Pending(_baseline, _current);
        return TrackedChanges.Accept(_baseline, pending).Length + pending.Count;
    }
}
