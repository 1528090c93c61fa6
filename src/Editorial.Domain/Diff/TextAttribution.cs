using System.Text.Json;

namespace Editorial.Domain.Diff;

/// <summary>
/// The persisted "blame" of one revision's body: who wrote each character (<see cref="Spans"/>, see
/// <see cref="Attribution"/>) and who deleted text where (<see cref="Deletions"/>). Each revision's
/// attribution is made from its parent's and the diff between them — incrementally, never by
/// replaying history.
/// </summary>
public sealed record TextAttribution(IReadOnlyList<AttributionSpan> Spans, IReadOnlyList<DeletionMark> Deletions)
{
    /// <summary>
    /// Most deletion marks kept. Marks outlive the changes they explain (accepting a change does not
    /// make a revision), so the oldest are dropped past this; a mark only matters while its deletion
    /// is pending, which in practice is the latest few hundred edits.
    /// </summary>
    public const int MaxDeletionMarks = 2_000;

    /// <summary>A first revision: every character by its author, nothing deleted.</summary>
    public static TextAttribution Initial(string text, int revisionNumber, string? authorId) =>
        new(Attribution.Initial(text, revisionNumber, authorId), []);

    /// <summary>The attribution of <paramref name="diff"/>'s new text, made by the given revision from this one.</summary>
    public TextAttribution Next(ProseDiffResult diff, int revisionNumber, string? authorId)
    {
        var marks = new List<DeletionMark>(Deletions.Count + diff.Hunks.Count);
        var hunkIndex = 0;
        foreach (var mark in Deletions)
        {
            // Hunks and marks are both in text order: skip the hunks wholly before this mark.
            while (hunkIndex < diff.Hunks.Count && diff.Hunks[hunkIndex].OldEnd < mark.Position)
            {
                hunkIndex++;
            }

            marks.Add(mark with { Position = MapPoint(diff.Hunks, hunkIndex, mark.Position) });
        }

        marks.AddRange(diff.Hunks.Where(h => h.OldLength > 0).Select(h => new DeletionMark(h.NewStart, revisionNumber, authorId)));
        var kept = marks.Distinct().ToList();
        if (kept.Count > MaxDeletionMarks)
        {
            kept = kept.OrderByDescending(m => m.RevisionNumber).Take(MaxDeletionMarks).ToList();
        }

        kept = kept.OrderBy(m => m.Position).ThenBy(m => m.RevisionNumber).ToList();
        return new TextAttribution(Attribution.Update(Spans, diff, revisionNumber, authorId), kept);
    }

    /// <summary>
    /// Who made the change that turned <paramref name="removed"/> into <paramref name="added"/> at
    /// <paramref name="start"/> of <paramref name="text"/> (the text this attribution is of): the
    /// writers of the characters that are really new (a change widened to whole words keeps the
    /// word's old letters, which are not credited) and, when text was removed, whoever deleted text
    /// there. A deletion has no single position — deleting "red " or " red" from "a red car" is the
    /// same edit — so a mark anywhere the removed text could slide to counts.
    /// </summary>
    /// <returns>The contributions, oldest revision first, one per revision.</returns>
    public IReadOnlyList<Contribution> ContributorsTo(string text, int start, string removed, string added)
    {
        var prefix = CommonPrefix(removed, added);
        var suffix = CommonSuffix(removed[prefix..], added[prefix..]);
        var (newFrom, newTo) = (start + prefix, start + added.Length - suffix);
        var found = new List<Contribution>();
        foreach (var span in Spans)
        {
            if (newFrom < newTo && span.Start < newTo && span.End > newFrom)
            {
                found.Add(new Contribution(span.RevisionNumber, span.AuthorId));
            }
        }

        if (removed.Length > prefix + suffix)
        {
            var (from, to) = SlideRange(text, start, start + added.Length, removed);
            found.AddRange(Deletions.Where(m => m.Position >= from && m.Position <= to)
                .Select(m => new Contribution(m.RevisionNumber, m.AuthorId)));
        }

        return found.DistinctBy(c => c.RevisionNumber).OrderBy(c => c.RevisionNumber).ToList();
    }

    /// <summary>The compact JSON the database keeps: author ids listed once, spans and marks as number arrays.</summary>
    public string ToJson()
    {
        var authors = Spans.Select(s => s.AuthorId).Concat(Deletions.Select(m => m.AuthorId)).Distinct().ToList();
        var stored = new StoredAttribution(
            authors,
            Spans.Select(s => new[] { s.Start, s.Length, s.RevisionNumber, authors.IndexOf(s.AuthorId) }).ToList(),
            Deletions.Select(m => new[] { m.Position, m.RevisionNumber, authors.IndexOf(m.AuthorId) }).ToList());
        return JsonSerializer.Serialize(stored, JsonOptions);
    }

    /// <summary>Reads what <see cref="ToJson"/> wrote.</summary>
    /// <exception cref="FormatException">The JSON is not an attribution.</exception>
    public static TextAttribution FromJson(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<StoredAttribution>(json, JsonOptions) ?? throw new FormatException("Empty attribution.");
            return new TextAttribution(
                stored.Spans.Select(s => new AttributionSpan(s[0], s[1], s[2], stored.Authors[s[3]])).ToList(),
                stored.Deletions.Select(m => new DeletionMark(m[0], m[1], stored.Authors[m[2]])).ToList());
        }
        catch (Exception e) when (e is JsonException or IndexOutOfRangeException or ArgumentOutOfRangeException or NullReferenceException)
        {
            throw new FormatException("The stored attribution is not valid.", e);
        }
    }

    // A point of the old text in the new one: before or after a hunk it shifts with it; inside a
    // replaced range it moves to the start of the replacement.
    private static int MapPoint(IReadOnlyList<DiffHunk> hunks, int index, int position)
    {
        if (index < hunks.Count && hunks[index].OldStart <= position)
        {
            return position == hunks[index].OldEnd ? hunks[index].NewEnd : hunks[index].NewStart;
        }

        var before = index > 0 ? hunks[index - 1] : (DiffHunk?)null;
        return before is { } h ? position + (h.NewEnd - h.OldEnd) : position;
    }

    // How far [start, end) can widen while the text around it repeats the removed text cyclically:
    // the places the same deletion could equally have been made.
    private static (int From, int To) SlideRange(string text, int start, int end, string removed)
    {
        var left = 0;
        while (start - left - 1 >= 0 && text[start - left - 1] == removed[^(1 + (left % removed.Length))])
        {
            left++;
        }

        var right = 0;
        while (end + right < text.Length && text[end + right] == removed[right % removed.Length])
        {
            right++;
        }

        return (start - left, end + right);
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)])
        {
            n++;
        }

        return n;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record StoredAttribution(List<string?> Authors, List<int[]> Spans, List<int[]> Deletions);
}
