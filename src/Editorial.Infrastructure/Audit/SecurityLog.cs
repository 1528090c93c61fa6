using System.Text.Json;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Audit;

/// <summary>
/// The security log: one append-only chain of privileged and security-relevant actions, each entry
/// signed with the current audit key. It only records and reads; callers decide who may read it.
/// </summary>
/// <remarks>
/// Writers racing for the same position collide on the log's unique sequence index; the loser reads
/// the new head and tries again, so an entry is never lost to a race.
/// </remarks>
public sealed class SecurityLog(
    IDbContextFactory<EditorialDbContext> dbFactory,
    AuditKeyring keys,
    TimeProvider clock,
    ILogger<SecurityLog> logger)
{
    /// <summary>Longest detail value kept; longer ones are cut (with an ellipsis).</summary>
    public const int MaxDetailLength = 1000;

    // Each round of a race has one winner, so a writer among many may lose several rounds in a row.
    private const int Attempts = 25;
    private const int Batch = 1000;

    /// <summary>Records an event in its own transaction.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="actorId">Who acted; null for the system or someone not signed in.</param>
    /// <param name="subjectUserId">The account acted on, if any.</param>
    /// <param name="clientAddress">The client's network address, when known.</param>
    /// <param name="details">Anything else worth keeping, as text (kept in key order).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task RecordAsync(SecurityEventKind kind, string? actorId, string? subjectUserId, string? clientAddress,
        IReadOnlyDictionary<string, string?>? details, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await AppendAsync(db, kind, actorId, subjectUserId, clientAddress, details, cancellationToken);
    }

    /// <summary>
    /// Records an event with <paramref name="db"/>: it saves the context, so the entry commits with
    /// the caller's other pending changes, or with the caller's open transaction.
    /// </summary>
    /// <returns>The entry written.</returns>
    public async Task<SecurityEvent> AppendAsync(EditorialDbContext db, SecurityEventKind kind, string? actorId, string? subjectUserId,
        string? clientAddress, IReadOnlyDictionary<string, string?>? details, CancellationToken cancellationToken = default)
    {
        var json = DetailsJson(details);
        for (var attempt = 1; ; attempt++)
        {
            var head = await db.SecurityEvents.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
            var entry = SecurityEvent.After(head, keys.Current, clock.GetUtcNow().UtcDateTime, kind, actorId, subjectUserId, clientAddress, json);
            db.SecurityEvents.Add(entry);
            try
            {
                // Within a caller's transaction EF Core saves behind a savepoint, so a lost race
                // rolls back only this attempt and the transaction goes on.
                await db.SaveChangesAsync(cancellationToken);
                return entry;
            }
            catch (DbUpdateException e) when (attempt < Attempts && IsLostRaceForSequence(e))
            {
                db.Entry(entry).State = EntityState.Detached;
                logger.LogDebug("Security log position {Sequence} was taken by another writer; retrying.", entry.Sequence);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    /// <summary>A page of entries, newest first.</summary>
    public async Task<SecurityLogPage> QueryAsync(SecurityLogQuery query, CancellationToken cancellationToken = default)
    {
        var limit = Math.Clamp(query.Limit, 1, SecurityLogQuery.MaxLimit);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db, query);
        if (query.Before is { } before)
        {
            filtered = filtered.Where(e => e.Sequence < before);
        }

        var entries = await filtered.OrderByDescending(e => e.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        return entries.Count > limit
            ? new SecurityLogPage(entries[..limit], entries[limit - 1].Sequence)
            : new SecurityLogPage(entries, null);
    }

    /// <summary>Every entry the query's filters select (its paging is ignored), oldest first, a batch at a time.</summary>
    public async IAsyncEnumerable<IReadOnlyList<SecurityEvent>> ReadAllAsync(SecurityLogQuery query,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var after = 0L;
        while (true)
        {
            List<SecurityEvent> batch;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                batch = await Filter(db, query).Where(e => e.Sequence > after).OrderBy(e => e.Sequence)
                    .Take(Batch).ToListAsync(cancellationToken);
            }

            if (batch.Count > 0)
            {
                yield return batch;
            }

            if (batch.Count < Batch)
            {
                yield break;
            }

            after = batch[^1].Sequence;
        }
    }

    /// <summary>Checks the whole log, entry by entry, with the keys this server holds.</summary>
    /// <param name="checkpoint">A head recorded earlier that must still be there, unchanged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ChainVerification> VerifyAsync(ChainCheckpoint? checkpoint = null, CancellationToken cancellationToken = default)
    {
        // Every entry of this log was keyed from the start: an unkeyed one is a forgery.
        var verifier = new ChainVerifier(keys, acceptsUnkeyedStart: false, checkpoint);
        await foreach (var batch in ReadAllAsync(new SecurityLogQuery(), cancellationToken))
        {
            foreach (var entry in batch)
            {
                verifier.Add(entry);
            }
        }

        return verifier.Finish();
    }

    /// <summary>Whether the log holds an entry of <paramref name="kind"/>.</summary>
    public async Task<bool> HasAsync(SecurityEventKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.SecurityEvents.AnyAsync(e => e.Kind == kind, cancellationToken);
    }

    private static IQueryable<SecurityEvent> Filter(EditorialDbContext db, SecurityLogQuery query)
    {
        var entries = db.SecurityEvents.AsNoTracking();
        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (query.UserId is { } userId)
        {
            entries = entries.Where(e => e.ActorId == userId || e.SubjectUserId == userId);
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        return entries;
    }

    private static string DetailsJson(IReadOnlyDictionary<string, string?>? details)
    {
        var sorted = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in details ?? new Dictionary<string, string?>())
        {
            sorted[name] = value is { Length: > MaxDetailLength } ? value[..(MaxDetailLength - 1)] + "…" : value;
        }

        return JsonSerializer.Serialize(sorted);
    }

    // Another writer took the position this one read as free: the unique sequence index refused it.
    private static bool IsLostRaceForSequence(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation
            && pg.TableName == "security_events",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067
            && sqlite.Message.Contains("security_events.Sequence", StringComparison.Ordinal),
        _ => false,
    };
}
