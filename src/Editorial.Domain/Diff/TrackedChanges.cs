using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Diff;

/// <summary>
/// Tracked changes as the design defines them (docs/architecture.md §3): the pending changes are the diff from
/// the baseline (the last accepted text) to the current text. Accepting a change folds it into the
/// baseline; rejecting it reverts it in the current text. Pure functions of strings.
/// </summary>
public static class TrackedChanges
{
    /// <summary>The pending changes, in text order.</summary>
    public static IReadOnlyList<TrackedChange> Pending(string baseline, string current) =>
        ProseDiff.Compute(baseline, current).Hunks.Select(h =>
        {
            var removed = baseline.Substring(h.OldStart, h.OldLength);
            var added = current.Substring(h.NewStart, h.NewLength);
            return new TrackedChange(IdOf(h, removed, added), h.OldStart, h.OldLength, h.NewStart, h.NewLength, removed, added);
        }).ToList();

    /// <summary>The baseline with <paramref name="accepted"/> folded in; the current text is untouched.</summary>
    public static string Accept(string baseline, IEnumerable<TrackedChange> accepted)
    {
        var text = new StringBuilder(baseline);
        foreach (var change in accepted.OrderByDescending(c => c.BaselineStart))
        {
            text.Remove(change.BaselineStart, change.BaselineLength).Insert(change.BaselineStart, change.Added);
        }

        return text.ToString();
    }

    /// <summary>The current text with <paramref name="rejected"/> reverted to the baseline's wording.</summary>
    public static string Reject(string current, IEnumerable<TrackedChange> rejected)
    {
        var text = new StringBuilder(current);
        foreach (var change in rejected.OrderByDescending(c => c.CurrentStart))
        {
            text.Remove(change.CurrentStart, change.CurrentLength).Insert(change.CurrentStart, change.Removed);
        }

        return text.ToString();
    }

    private static string IdOf(DiffHunk hunk, string removed, string added)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{hunk.OldStart}:{hunk.NewStart}:{removed}\u0000{added}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }
}
