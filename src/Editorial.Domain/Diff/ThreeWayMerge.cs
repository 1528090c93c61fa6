namespace Editorial.Domain.Diff;

/// <summary>
/// Merges two texts edited from one ancestor (a save based on a stale revision): each side's
/// changes are the prose diff from the ancestor; changes that touch different words are all kept;
/// the same change made on both sides is kept once; changes to the same words (or insertions at the
/// same point) that differ are conflicts, never guessed.
/// </summary>
public static class ThreeWayMerge
{
    /// <summary>Merges <paramref name="mine"/> and <paramref name="theirs"/>, both made from <paramref name="ancestor"/>.</summary>
    public static MergeResult Merge(string ancestor, string mine, string theirs)
    {
        var ours = ProseDiff.Compute(ancestor, mine).Hunks.Select(h => Change.From(h, mine)).ToList();
        var others = ProseDiff.Compute(ancestor, theirs).Hunks.Select(h => Change.From(h, theirs)).ToList();

        var parts = new List<object>();
        var position = 0;
        var (i, j) = (0, 0);
        while (i < ours.Count || j < others.Count)
        {
            // Take the next cluster: changes from both sides that overlap one another, transitively.
            var start = Math.Min(i < ours.Count ? ours[i].Start : int.MaxValue, j < others.Count ? others[j].Start : int.MaxValue);
            var end = start;
            var (ci, cj) = (i, j);
            bool grew;
            do
            {
                grew = false;
                while (i < ours.Count && Touches(ours[i], start, end))
                {
                    end = Math.Max(end, ours[i].End);
                    i++;
                    grew = true;
                }

                while (j < others.Count && Touches(others[j], start, end))
                {
                    end = Math.Max(end, others[j].End);
                    j++;
                    grew = true;
                }
            }
            while (grew);

            AddText(parts, ancestor[position..start]);
            var mineText = Apply(ancestor, start, end, ours.GetRange(ci, i - ci));
            var theirsText = Apply(ancestor, start, end, others.GetRange(cj, j - cj));
            if (i - ci == 0)
            {
                AddText(parts, theirsText);
            }
            else if (j - cj == 0 || mineText == theirsText)
            {
                AddText(parts, mineText);
            }
            else
            {
                parts.Add(new MergeConflict(parts.OfType<MergeConflict>().Count(), ancestor[start..end], mineText, theirsText));
            }

            position = end;
        }

        AddText(parts, ancestor[position..]);
        return new MergeResult(parts);
    }

    // A change joins a cluster when it overlaps it, or when both are at the same point (two
    // insertions in one place must be ordered by a person).
    private static bool Touches(Change change, int start, int end) =>
        change.Start < end || (change.Start == start && change.End == start) || (change.Start == end && start == end);

    // The cluster [start, end) of the ancestor as one side rewrote it.
    private static string Apply(string ancestor, int start, int end, List<Change> changes)
    {
        var text = new System.Text.StringBuilder();
        var at = start;
        foreach (var change in changes)
        {
            text.Append(ancestor, at, change.Start - at).Append(change.Replacement);
            at = change.End;
        }

        return text.Append(ancestor, at, end - at).ToString();
    }

    private static void AddText(List<object> parts, string text)
    {
        if (text.Length > 0)
        {
            parts.Add(text);
        }
    }

    private readonly record struct Change(int Start, int End, string Replacement)
    {
        public static Change From(DiffHunk hunk, string side) =>
            new(hunk.OldStart, hunk.OldEnd, side.Substring(hunk.NewStart, hunk.NewLength));
    }
}
