using System.Collections.Concurrent;

namespace Editorial.Web.Features;

/// <summary>
/// Reads of an article that do not depend on who reads them (its text, workflow facts, timeline, threads,
/// claims), shared by the open pages of this instance that re-read after the same change: when a change
/// reaches 200 open pages, the database is read once and each page applies only its reader's eligibility
/// (docs/architecture.md §7). A read is keyed by the article's log head the caller must see (the
/// <c>Log.Last</c> of the event it heard): a read begun after that change was announced includes it, and a
/// read for a later head serves an earlier one too. A caller without such a head reads on its own.
/// </summary>
public sealed class SharedArticleReads(TimeProvider clock)
{
    // How long a read is kept after it was last asked for: long enough for every page hearing one change.
    private static readonly TimeSpan Kept = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<(string Part, Guid Article), Entry> _latest = new();
    private long _nextSweepTicks;

    /// <summary>How many reads are kept now.</summary>
    public int Count => _latest.Count;

    /// <summary>
    /// What <paramref name="read"/> returns for <paramref name="part"/> of <paramref name="articleId"/>, read
    /// once for every caller that must see the article's log up to <paramref name="atLeast"/> or less; when
    /// <paramref name="atLeast"/> is null, read for this caller alone. A read that fails is not kept.
    /// </summary>
    public async Task<T> ReadAsync<T>(string part, Guid articleId, long? atLeast, Func<CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        if (atLeast is not { } head)
        {
            return await read(cancellationToken);
        }

        var key = (part, articleId);
        var now = clock.GetUtcNow();
        var entry = _latest.AddOrUpdate(key,
            _ => new Entry(head, new Lazy<Task<object?>>(() => Box(read)), now),
            (_, current) => current.Head >= head && !current.Read.Value.IsFaulted && !current.Read.Value.IsCanceled
                ? current with { LastAsked = now }
                : new Entry(head, new Lazy<Task<object?>>(() => Box(read)), now));
        var nextSweep = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= nextSweep && Interlocked.CompareExchange(ref _nextSweepTicks, (now + Kept).UtcTicks, nextSweep) == nextSweep)
        {
            Forget(now);
        }

        try
        {
            // One page leaving does not cancel the read the others wait for.
            return (T)(await entry.Read.Value.WaitAsync(cancellationToken))!;
        }
        catch (Exception) when (entry.Read.Value.IsFaulted)
        {
            _latest.TryRemove(new KeyValuePair<(string, Guid), Entry>(key, entry));
            throw;
        }
    }

    private static async Task<object?> Box<T>(Func<CancellationToken, Task<T>> read) => await read(CancellationToken.None);

    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, entry) in _latest)
        {
            if (now - entry.LastAsked > Kept)
            {
                _latest.TryRemove(new KeyValuePair<(string, Guid), Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(long Head, Lazy<Task<object?>> Read, DateTimeOffset LastAsked);
}
