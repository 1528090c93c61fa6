using BenchmarkDotNet.Attributes;
using DiffPlex;
using DiffPlex.Chunkers;
using Editorial.Domain.Diff;

namespace Editorial.Benchmarks;

/// <summary>
/// The word diff of a 10,000-word article, ours beside DiffPlex's word diff (the same Myers engine
/// with its WordChunker) on the same input in the same run. Targets: 5% change under 10 ms; any
/// input within the 100 ms cap.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private readonly string _original = ArticleCorpus.TenThousandWords;
    private readonly string _fivePercent = ArticleCorpus.FivePercentChanged;
    private readonly string _rewritten = ArticleCorpus.Rewritten;

    // The original as a busy article's history leaves it: every paragraph by a different revision,
    // stored as the revision row keeps it.
    private readonly string _originalAttribution = new TextAttribution(ArticleCorpus.ParagraphAttribution(), []).ToJson();

    /// <summary>Ours, about 5% of words changed.</summary>
    [Benchmark(Baseline = true)]
    public int ProseDiff_FivePercent() => ProseDiff.Compute(_original, _fivePercent).Hunks.Count;

    /// <summary>DiffPlex word diff, about 5% of words changed.</summary>
    [Benchmark]
    public int DiffPlexWordDiff_FivePercent() =>
        Differ.Instance.CreateDiffs(_original, _fivePercent, false, false, WordChunker.Instance).DiffBlocks.Count;

    /// <summary>Ours, every word rewritten.</summary>
    [Benchmark]
    public int ProseDiff_FullRewrite() => ProseDiff.Compute(_original, _rewritten).Hunks.Count;

    /// <summary>
    /// Attribution carried to a new revision on save, as the save does it: read the parent's stored
    /// attribution, diff, carry spans and deletion marks, store; about 5% changed.
    /// </summary>
    [Benchmark]
    public int AttributionUpdate_FivePercent() =>
        TextAttribution.FromJson(_originalAttribution).Next(ProseDiff.Compute(_original, _fivePercent), 2, "editor").ToJson().Length;

    // Worst cases: one paragraph of about 200,000 characters (25,000 words), changed in the ways that
    // cost Myers the most (words reordered, every word new) and the way real edits do (both ends).
    private static readonly string[] LongWords = Enumerable.Range(0, 25_000).Select(i => $"word{i}").ToArray();
    private readonly string _longParagraph = string.Join(' ', LongWords);
    private readonly string _longHalvesSwapped = string.Join(' ', LongWords[12_500..].Concat(LongWords[..12_500]));
    private readonly string _longReversed = string.Join(' ', LongWords.Reverse());
    private readonly string _longRewritten = string.Join(' ', LongWords.Select(w => w.ToUpperInvariant()));
    private readonly string _longEndsEdited = "Opening " + string.Join(' ', LongWords) + " closing.";

    /// <summary>One 200,000-character paragraph, its two halves swapped.</summary>
    [Benchmark]
    public int ProseDiff_LongParagraph_HalvesSwapped() => ProseDiff.Compute(_longParagraph, _longHalvesSwapped).Hunks.Count;

    /// <summary>One 200,000-character paragraph, its words in reverse order.</summary>
    [Benchmark]
    public int ProseDiff_LongParagraph_Reversed() => ProseDiff.Compute(_longParagraph, _longReversed).Hunks.Count;

    /// <summary>One 200,000-character paragraph, every word new.</summary>
    [Benchmark]
    public int ProseDiff_LongParagraph_Rewritten() => ProseDiff.Compute(_longParagraph, _longRewritten).Hunks.Count;

    /// <summary>One 200,000-character paragraph, a word added at each end.</summary>
    [Benchmark]
    public int ProseDiff_LongParagraph_EndsEdited() => ProseDiff.Compute(_longParagraph, _longEndsEdited).Hunks.Count;

    /// <summary>DiffPlex word diff, every word rewritten.</summary>
    [Benchmark]
    public int DiffPlexWordDiff_FullRewrite() =>
        Differ.Instance.CreateDiffs(_original, _rewritten, false, false, WordChunker.Instance).DiffBlocks.Count;
}
