namespace Editorial.Domain.Diff;

/// <summary>
/// "Blame" for prose: which revision and author wrote each character. Spans are ordered, touch end
/// to start and cover the text exactly once. They are carried forward from one revision to the
/// next through the diff (unchanged text keeps its author, inserted text gets the new one) — never
/// recomputed from the first revision.
/// </summary>
public static class Attribution
{
    /// <summary>A first revision: all of it by its author.</summary>
    public static IReadOnlyList<AttributionSpan> Initial(string text, int revisionNumber, string? authorId) =>
        text.Length == 0 ? [] : [new AttributionSpan(0, text.Length, revisionNumber, authorId)];

    /// <summary>
    /// The attribution of <paramref name="diff"/>'s new text, from <paramref name="previous"/> (the
    /// attribution of its old text) and the revision that made the change. O(spans + hunks).
    /// </summary>
    public static IReadOnlyList<AttributionSpan> Update(IReadOnlyList<AttributionSpan> previous, ProseDiffResult diff,
        int revisionNumber, string? authorId)
    {
        var result = new List<AttributionSpan>(previous.Count + (diff.Hunks.Count * 2));
        var cursor = 0;
        var (oldAt, newAt) = (0, 0);
        foreach (var hunk in diff.Hunks)
        {
            Carry(previous, ref cursor, oldAt, hunk.OldStart, newAt - oldAt, result);
            Add(result, new AttributionSpan(hunk.NewStart, hunk.NewLength, revisionNumber, authorId));
            (oldAt, newAt) = (hunk.OldEnd, hunk.NewEnd);
        }

        Carry(previous, ref cursor, oldAt, diff.OldText.Length, newAt - oldAt, result);
        return result;
    }

    // Copies the attribution of the old range [from, to), shifted by `shift`, advancing the span cursor.
    private static void Carry(IReadOnlyList<AttributionSpan> spans, ref int cursor, int from, int to, int shift, List<AttributionSpan> result)
    {
        while (cursor < spans.Count && spans[cursor].End <= from)
        {
            cursor++;
        }

        for (var i = cursor; i < spans.Count && spans[i].Start < to; i++)
        {
            var start = Math.Max(spans[i].Start, from);
            var end = Math.Min(spans[i].End, to);
            Add(result, spans[i] with { Start = start + shift, Length = end - start });
        }
    }

    // Appends, joining with the previous span when the same revision wrote both.
    private static void Add(List<AttributionSpan> result, AttributionSpan span)
    {
        if (span.Length <= 0)
        {
            return;
        }

        if (result.Count > 0 && result[^1].End == span.Start && result[^1].RevisionNumber == span.RevisionNumber
            && result[^1].AuthorId == span.AuthorId)
        {
            result[^1] = result[^1] with { Length = result[^1].Length + span.Length };
        }
        else
        {
            result.Add(span);
        }
    }
}
