using Editorial.Domain.Audit;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Audit;

/// <summary>
/// Brings article logs written before keys were used under the key: each article whose log has no
/// keyed entry gets a keyed <see cref="AuditEvent.ChainSealedKind"/> entry that covers its last
/// hash, and so every entry before it. Runs once per database, at startup: the pass ends with an
/// <see cref="SecurityEventKind.AuditLogsSealed"/> entry in the security log, and a later start that
/// finds it seals nothing, as does one that finds any keyed article entry written by use — otherwise someone who
/// rewrote a log without the key, unkeyed, would have it sealed at the next restart.
/// </summary>
public sealed class LegacyAuditSealer(
    IDbContextFactory<EditorialDbContext> dbFactory,
    AuditKeyring keys,
    SecurityLog securityLog,
    TimeProvider clock,
    ILogger<LegacyAuditSealer> logger)
{
    /// <summary>Articles sealed per transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>Seals what needs it, unless this database was sealed before.</summary>
    /// <returns>How many article logs were sealed.</returns>
    public async Task<int> SealAsync(CancellationToken cancellationToken)
    {
        if (await securityLog.HasAsync(SecurityEventKind.AuditLogsSealed, cancellationToken) || await AnyKeyedEntryAsync(cancellationToken))
        {
            return 0;
        }

        List<Guid> unkeyed;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            unkeyed = await UnkeyedLogs(db, db.Articles.Select(a => a.Id)).ToListAsync(cancellationToken);
        }

        var sealedLogs = 0;
        foreach (var batch in unkeyed.Chunk(BatchSize))
        {
            sealedLogs += await SealBatchAsync(batch, cancellationToken);
        }

        await securityLog.RecordAsync(SecurityEventKind.AuditLogsSealed, null, null, null, new Dictionary<string, string?>
        {
            ["articleLogs"] = sealedLogs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["keyId"] = keys.Current.Id,
        }, cancellationToken);
        if (sealedLogs > 0)
        {
            logger.LogInformation("Sealed {Count} article logs written before audit keys with key {KeyId}.", sealedLogs, keys.Current.Id);
        }

        return sealedLogs;
    }

    // A database where keyed entries were written by use (not by an interrupted sealing pass) has been
    // under the key already: emptying the security log (a database-only attacker can) must not make
    // the next start seal logs again.
    private async Task<bool> AnyKeyedEntryAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AuditEvents.AnyAsync(e => e.KeyId != null && e.Kind != AuditEvent.ChainSealedKind, cancellationToken);
    }

    // Articles with a log but no keyed entry in it.
    private static IQueryable<Guid> UnkeyedLogs(EditorialDbContext db, IQueryable<Guid> articleIds) =>
        articleIds.Where(id => db.AuditEvents.Any(e => e.ArticleId == id)
            && !db.AuditEvents.Any(e => e.ArticleId == id && e.KeyId != null));

    private async Task<int> SealBatchAsync(Guid[] batch, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // Another instance starting at the same time may have sealed some already.
            var still = await UnkeyedLogs(db, db.Articles.Where(a => batch.Contains(a.Id)).Select(a => a.Id)).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var articleId in still)
            {
                var head = await db.AuditEvents.AsNoTracking().Where(e => e.ArticleId == articleId)
                    .OrderByDescending(e => e.Sequence).FirstAsync(cancellationToken);
                db.AuditEvents.Add(AuditEvent.Seal(head, keys.Current, now));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return still.Count;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Lost a race for a log's next position: read again what is left to seal.
            }
        }
    }
}
