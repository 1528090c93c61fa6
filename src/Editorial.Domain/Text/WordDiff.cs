using System.Text.RegularExpressions;
using DiffPlex;

namespace Editorial.Domain.Text;

/// <summary>
/// A plain word-level comparison of two texts ("what changed since my sign-off"): words, runs of
/// whitespace and single punctuation marks are compared with DiffPlex's Myers implementation and
/// its own tokens, so that newlines, quotes and dashes count (DiffPlex's WordChunker drops them).
/// Figures such as 14,000 or 6.5% are one token, so a changed number shows as one change.
/// </summary>
public static partial class WordDiff
{
    /// <summary>The segments that turn <paramref name="oldText"/> into <paramref name="newText"/>, in order.</summary>
    public static IReadOnlyList<DiffSegment> Compare(string oldText, string newText)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, TokenChunker.Instance);
        var segments = new List<DiffSegment>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(segments, DiffOperation.Unchanged, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(segments, DiffOperation.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(segments, DiffOperation.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }

        Add(segments, DiffOperation.Unchanged, result.PiecesOld, oldIndex, result.PiecesOld.Count - oldIndex);
        return segments;
    }

    /// <summary>Splits prose into words (with inner apostrophes and hyphens), figures, whitespace runs and single marks.</summary>
    public static string[] Tokenize(string text) => Tokens().Matches(text).Select(m => m.Value).ToArray();

    private static void Add(List<DiffSegment> segments, DiffOperation operation, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (segments.Count > 0 && segments[^1].Operation == operation)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(operation, text));
        }
    }

    [GeneratedRegex(@"[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:%|bn|m|k)?|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex Tokens();

    private sealed class TokenChunker : IChunker
    {
        public static readonly TokenChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text) => Tokenize(text);
    }
}
