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
        await using (var app = EditorialAppFactory.OnPostgres(database).Started())
        {
            id = await app.SubmittedArticleAsync();
            // Make the database look as it did before this version: an unkeyed log, no security log.
            var log = await app.LogAsync(id);
            DatabaseAttacker.Rehash(log, 0, key: null);
            await attacker.OverwriteAsync(log);
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
        Assert.Contains("\"articleLogs\":\"1\"", Assert.Single(marker.Entries).Details, StringComparison.Ordinal);

        // Now change an old entry and re-hash the old entries, as was possible before keys.
        var old = sealedLog.Take(3).ToList();
        DatabaseAttacker.Set(old[0], nameof(AuditEvent.Payload), old[0].Payload.Replace("Story", "Forged", StringComparison.Ordinal));
        DatabaseAttacker.Rehash(old, 0, key: null);
        await attacker.OverwriteAsync(old);

        var broken = await upgraded.VerifyAsync(id);
        Assert.Equal(4, broken.FirstBrokenSequence);
        Assert.Contains("does not follow", broken.Problem, StringComparison.Ordinal);
    }
}
