using Editorial.Domain.Text;

namespace Editorial.Domain.Diff;

/// <summary>The changes between two texts, in order, as ranges of both.</summary>
/// <param name="OldText">The text compared from.</param>
/// <param name="NewText">The text compared to.</param>
/// <param name="Hunks">The changes, in order, non-overlapping.</param>
/// <param name="FellBack">Whether the work budget made some paragraphs compare as wholes.</param>
public sealed record ProseDiffResult(string OldText, string NewText, IReadOnlyList<DiffHunk> Hunks, bool FellBack)
{
    /// <summary>The comparison as a run of unchanged, deleted and inserted pieces, for display.</summary>
    public IReadOnlyList<DiffSegment> Segments()
    {
        var segments = new List<DiffSegment>();
        var old = 0;
        foreach (var hunk in Hunks)
        {
            Add(segments, DiffOperation.Unchanged, OldText[old..hunk.OldStart]);
            Add(segments, DiffOperation.Deleted, OldText.Substring(hunk.OldStart, hunk.OldLength));
            Add(segments, DiffOperation.Inserted, NewText.Substring(hunk.NewStart, hunk.NewLength));
            old = hunk.OldEnd;
        }

        Add(segments, DiffOperation.Unchanged, OldText[old..]);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffOperation operation, string text)
    {
        if (text.Length > 0)
        {
            segments.Add(new DiffSegment(operation, text));
        }
    }
}
