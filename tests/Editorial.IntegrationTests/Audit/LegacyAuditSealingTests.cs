using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Audit;

/// <summary>
/// A database from before keyed logs: its unkeyed article logs are sealed at the first start with
/// keys, stay verifiable, and their old entries cannot be re-hashed behind the seal.
/// </summary>
public sealed class LegacyAuditSealingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task AnUnkeyedLog_IsSealedAtStartup_VerifiesAfterwards_AndRehashingItsOldEntriesBreaksTheSeal()
    {
        var attacker = new DatabaseAttacker(database.ConnectionString);
        Guid id;
        int sealedCount;
        await using (var app = EditorialAppFactory.OnPostgres(database).Started())
        {
            id = await app.SubmittedArticleAsync();
            // Make the database look as it did before this version: unkeyed logs (the sample article's
            // too), no security log.
            await using var scope = app.Services.CreateAsyncScope();
            var articles = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                scope.ServiceProvider.GetRequiredService<Editorial.Infrastructure.Persistence.EditorialDbContext>().Articles.Select(a => a.Id));
            sealedCount = articles.Count;
            foreach (var article in articles)
            {
                var log = await app.LogAsync(article);
                DatabaseAttacker.Rehash(log, 0, key: null);
                await attacker.OverwriteAsync(log);
            }

            await attacker.ExecuteAsync("security_events", "DELETE FROM security_events");
        }

        await using var upgraded = EditorialAppFactory.OnPostgres(database).Started();
        var sealedLog = await upgraded.LogAsync(id);
        var verified = await upgraded.VerifyAsync(id);
        var timeline = await upgraded.TimelineAsync(id);
        var marker = await upgraded.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<SecurityLog>()
            .QueryAsync(new SecurityLogQuery(Kind: SecurityEventKind.AuditLogsSealed));

        Assert.True(verified.IsIntact, verified.Problem);
        Assert.Equal([null, null, null, EditorialAppFactory.TestAuditKeyId], sealedLog.Select(e => e.KeyId));
        Assert.Equal(AuditEvent.ChainSealedKind, sealedLog[^1].Kind);
        Assert.Equal(sealedLog[2].Hash, sealedLog[^1].PreviousHash);
        Assert.Equal("The log's first 3 entries, written before logs were signed, were sealed with the server's audit key.", timeline[^1].Sentence);
        Assert.Contains($"\"articleLogs\":\"{sealedCount}\"", Assert.Single(marker.Entries).Details, StringComparison.Ordinal);

        // Now change an old entry and re-hash the old entries, as was possible before keys.
        var old = sealedLog.Take(3).ToList();
        DatabaseAttacker.Set(old[0], nameof(AuditEvent.Payload), old[0].Payload.Replace("Story", "Forged", StringComparison.Ordinal));
        DatabaseAttacker.Rehash(old, 0, key: null);
        await attacker.OverwriteAsync(old);

        var broken = await upgraded.VerifyAsync(id);
        Assert.Equal(4, broken.FirstBrokenSequence);
        Assert.Contains("does not follow", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnceKeyedEntriesExist_EmptyingTheSecurityLog_DoesNotGetARewrittenLogSealed()
    {
        var attacker = new DatabaseAttacker(database.ConnectionString);
        Guid id;
        await using (var app = EditorialAppFactory.OnPostgres(database).Started())
        {
            id = await app.SubmittedArticleAsync();
            // A database-only attacker rewrites one log without the key and removes the marker of the sealing pass.
            var log = await app.LogAsync(id);
            DatabaseAttacker.Set(log[0], nameof(AuditEvent.Payload), log[0].Payload.Replace("Story", "Forged", StringComparison.Ordinal));
            DatabaseAttacker.Rehash(log, 0, key: null);
            await attacker.OverwriteAsync(log);
            await attacker.ExecuteAsync("security_events", "DELETE FROM security_events");
        }

        await using var restarted = EditorialAppFactory.OnPostgres(database).Started();
        var verified = await restarted.VerifyAsync(id);

        Assert.False(verified.IsIntact);
        Assert.DoesNotContain(await restarted.LogAsync(id), e => e.Kind == AuditEvent.ChainSealedKind);
    }
}
