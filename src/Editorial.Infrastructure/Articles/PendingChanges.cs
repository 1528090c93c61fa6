using Editorial.Domain.Diff;
using Editorial.Domain.Text.Rich;
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

    /// <summary>The pending word changes from <paramref name="baseline"/> to <paramref name="current"/>, stored as rows <paramref name="baselineRowId"/> and <paramref name="currentRowId"/>.</summary>
    public static IReadOnlyList<TrackedChange> Of(Guid baselineRowId, string baseline, Guid currentRowId, string current) =>
        Remember(("words", baselineRowId, currentRowId), baseline.Length + current.Length, () => TrackedChanges.Pending(baseline, current));

    /// <summary>The pending formatting changes between the two stored texts (see <see cref="FormatChanges"/>).</summary>
    public static IReadOnlyList<FormatChange> FormattingOf(Guid baselineRowId, RichDocument baseline, Guid currentRowId, RichDocument current,
        IReadOnlyList<TrackedChange> wordChanges) =>
        Remember(("formatting", baselineRowId, currentRowId), baseline.ReadingText.Length + current.ReadingText.Length,
            () => FormatChanges.Pending(baseline, current, wordChanges));

    /// <summary>A stored plain text read as canonical Markdown (to compare it with a formatted text), kept by its row id.</summary>
    public static RichDocument CanonicalOf(Guid rowId, Func<RichDocument> plain) =>
        Remember(("canonical", rowId, Guid.Empty), 1, () => RichDocument.FromBlocks(plain().Blocks), sizeOf: d => d.ReadingText.Length);

    private static T Remember<T>((string, Guid, Guid) key, int size, Func<T> compute, Func<T, int>? sizeOf = null)
        where T : class
    {
        if (Computed.TryGetValue(key, out T? known) && known is not null)
        {
            return known;
        }

        var value = compute();
        Computed.Set(key, value, new MemoryCacheEntryOptions
        {
            Size = Math.Max(1, sizeOf?.Invoke(value) ?? size),
            SlidingExpiration = TimeSpan.FromMinutes(30),
        });
        return value;
    }
}
