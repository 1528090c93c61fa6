using Editorial.Domain.Diff;
using Microsoft.Extensions.Caching.Memory;

namespace Editorial.Infrastructure.Articles;

/// <summary>
/// An article's pending tracked changes, computed once per pair of texts and then reused by every
/// reader — the gates a sign-off and each save ask, the workflow view, the tracked-changes panel and
/// its decisions — instead of diffing the same two texts again for each. Revisions and accepted
/// texts never change once stored, so the pair of their row ids names the result for good; what is
/// kept is bounded by the size of the texts it was computed from.
/// </summary>
public static class PendingChanges
{
    // About 64 million characters of compared text; the least recently used pairs go first.
    private static readonly MemoryCache Computed = new(new MemoryCacheOptions { SizeLimit = 64_000_000 });

    /// <summary>The pending changes from <paramref name="baseline"/> to <paramref name="current"/>, stored as rows <paramref name="baselineRowId"/> and <paramref name="currentRowId"/>.</summary>
    public static IReadOnlyList<TrackedChange> Of(Guid baselineRowId, string baseline, Guid currentRowId, string current)
    {
        var key = (baselineRowId, currentRowId);
        if (Computed.TryGetValue(key, out IReadOnlyList<TrackedChange>? pending) && pending is not null)
        {
            return pending;
        }

        pending = TrackedChanges.Pending(baseline, current);
        Computed.Set(key, pending, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, baseline.Length + current.Length),
            SlidingExpiration = TimeSpan.FromMinutes(30),
        });
        return pending;
    }
}
