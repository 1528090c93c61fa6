namespace Editorial.Web.Features.Annotations;

/// <summary>What a highlight in the text marks.</summary>
public enum HighlightKind
{
    /// <summary>Words a comment thread is on.</summary>
    Comment,

    /// <summary>Words flagged as a claim.</summary>
    Claim,

    /// <summary>A sentence the check-worthiness rules picked.</summary>
    Candidate,

    /// <summary>Words an edit changed while the reader had the page open, not yet marked as seen (<c>LiveEdits</c>).</summary>
    LiveEdit,
}

/// <summary>A range of the body to highlight, and what it belongs to.</summary>
/// <param name="Id">The comment thread or claim (a candidate's index for candidates).</param>
/// <param name="Start">UTF-16 offset in the body.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Kind">What it marks.</param>
public readonly record struct TextHighlight(Guid Id, int Start, int End, HighlightKind Kind = HighlightKind.Comment);

/// <summary>A run of a paragraph and the highlights covering it (none for plain text).</summary>
/// <param name="Start">Offset of the run in the body.</param>
/// <param name="Text">Its text.</param>
/// <param name="Highlights">The highlights covering it; overlapping ones stack.</param>
public sealed record HighlightedRun(int Start, string Text, IReadOnlyList<TextHighlight> Highlights)
{
    /// <summary>The ids of the highlights of one kind on this run.</summary>
    public IReadOnlyList<Guid> IdsOf(HighlightKind kind) => Highlights.Where(h => h.Kind == kind).Select(h => h.Id).ToList();

    /// <summary>
    /// Cuts a paragraph (<paramref name="text"/> at <paramref name="start"/> in the body) at every
    /// highlight boundary, so overlapping highlights stay readable: each run knows every highlight on it.
    /// </summary>
    /// <param name="start">Where the paragraph starts in the body.</param>
    /// <param name="text">Its text.</param>
    /// <param name="highlights">The highlights to cut at.</param>
    /// <param name="cutsAt">Further offsets to cut at (where something is drawn between two characters).</param>
    public static IReadOnlyList<HighlightedRun> Split(int start, string text, IReadOnlyList<TextHighlight> highlights, IEnumerable<int>? cutsAt = null)
    {
        var end = start + text.Length;
        var inside = highlights.Where(h => h.Start < end && h.End > start).ToList();
        var cuts = inside.SelectMany(h => new[] { Math.Max(h.Start, start), Math.Min(h.End, end) })
            .Concat((cutsAt ?? []).Where(c => c > start && c < end))
            .Append(start).Append(end).Distinct().Order().ToList();
        var runs = new List<HighlightedRun>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            runs.Add(new HighlightedRun(from, text[(from - start)..(to - start)], inside.Where(h => h.Start <= from && h.End >= to).ToList()));
        }

        return runs;
    }
}
