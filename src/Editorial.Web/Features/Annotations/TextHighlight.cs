namespace Editorial.Web.Features.Annotations;

/// <summary>A range of the body to highlight, and the thread it belongs to.</summary>
/// <param name="ThreadId">The comment thread.</param>
/// <param name="Start">UTF-16 offset in the body.</param>
/// <param name="End">Offset just past it.</param>
public readonly record struct TextHighlight(Guid ThreadId, int Start, int End);

/// <summary>A run of a paragraph and the threads covering it (none for plain text).</summary>
/// <param name="Start">Offset of the run in the body.</param>
/// <param name="Text">Its text.</param>
/// <param name="ThreadIds">The threads whose highlights cover it; overlapping ones stack.</param>
public sealed record HighlightedRun(int Start, string Text, IReadOnlyList<Guid> ThreadIds)
{
    /// <summary>
    /// Cuts a paragraph (<paramref name="text"/> at <paramref name="start"/> in the body) at every
    /// highlight boundary, so overlapping highlights stay readable: each run knows every thread on it.
    /// </summary>
    public static IReadOnlyList<HighlightedRun> Split(int start, string text, IReadOnlyList<TextHighlight> highlights)
    {
        var end = start + text.Length;
        var inside = highlights.Where(h => h.Start < end && h.End > start).ToList();
        var cuts = inside.SelectMany(h => new[] { Math.Max(h.Start, start), Math.Min(h.End, end) })
            .Append(start).Append(end).Distinct().Order().ToList();
        var runs = new List<HighlightedRun>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            runs.Add(new HighlightedRun(from, text[(from - start)..(to - start)],
                inside.Where(h => h.Start <= from && h.End >= to).Select(h => h.ThreadId).ToList()));
        }

        return runs;
    }
}
