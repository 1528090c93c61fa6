using System.Net;
using System.Security.Cryptography;
using Editorial.Domain.Audit;
using Editorial.Testing;
using Editorial.Web.Api;

namespace Editorial.IntegrationTests.Audit;

/// <summary>
/// The article logs on PostgreSQL against someone who can write the database but holds no audit key,
/// and across restarts with rotated keys.
/// </summary>
public sealed class KeyedAuditChainTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private DatabaseAttacker Attacker => new(database.ConnectionString);

    public static TheoryData<string> Rehashes => ["plain SHA-256, unkeyed", "plain SHA-256, key id kept", "HMAC, made-up key, same id", "HMAC, made-up key and id"];

    [Theory]
    [MemberData(nameof(Rehashes))]
    public async Task EditingAnEntry_AndRehashingTheRest_WithoutTheKey_IsReportedBroken(string rehash)
    {
        await using var app = EditorialAppFactory.OnPostgres(database).Started();
        var id = await app.SubmittedArticleAsync();
        await app.SendBackAsync(id);
        Assert.True((await app.VerifyAsync(id)).IsIntact);

        // Entry 3 is the submit; make it say something else, then fix every hash after it.
        var log = await app.LogAsync(id);
        DatabaseAttacker.Set(log[2], nameof(AuditEvent.Payload), log[2].Payload.Replace("submit", "approve", StringComparison.Ordinal));
        switch (rehash)
        {
            case "plain SHA-256, unkeyed":
                DatabaseAttacker.Rehash(log, 2, key: null);
                break;
            case "plain SHA-256, key id kept":
                for (var i = 2; i < log.Count; i++)
                {
                    DatabaseAttacker.Set(log[i], nameof(AuditEvent.PreviousHash), log[i - 1].Hash);
                    DatabaseAttacker.Set(log[i], nameof(AuditEvent.Hash), log[i].ComputeHash(null));
                }

                break;
            case "HMAC, made-up key, same id":
                DatabaseAttacker.Rehash(log, 2, new AuditKey(EditorialAppFactory.TestAuditKeyId, RandomNumberGenerator.GetBytes(32)));
                break;
            default:
                DatabaseAttacker.Rehash(log, 2, AuditKey.Generate("attacker"));
                break;
        }

        await Attacker.OverwriteAsync(log.Skip(2));

        var result = await app.VerifyAsync(id);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains(rehash switch
        {
            "plain SHA-256, unkeyed" => "not signed with a server key",
            "HMAC, made-up key and id" => "signed with key 'attacker', which this server does not have",
            _ => "changed after it was written",
        }, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewritingTheWholeLogUnkeyed_IsReportedBroken_AndARestartDoesNotSealIt()
    {
        Guid id;
        await using (var app = EditorialAppFactory.OnPostgres(database).Started())
        {
            id = await app.SubmittedArticleAsync();
            var log = await app.LogAsync(id);
            DatabaseAttacker.Set(log[0], nameof(AuditEvent.Payload), log[0].Payload.Replace("Story", "Forged", StringComparison.Ordinal));
            DatabaseAttacker.Rehash(log, 0, key: null);
            await Attacker.OverwriteAsync(log);
        }

        // The legacy logs of this database were sealed at its first start, once: a forged unkeyed
        // log is not sealed at the next one.
        await using var restarted = EditorialAppFactory.OnPostgres(database).Started();
        var result = await restarted.VerifyAsync(id);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("no entry of the log is signed", result.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain(await restarted.LogAsync(id), e => e.Kind == AuditEvent.ChainSealedKind);
    }

    [Fact]
    public async Task AfterARestartWithARotatedKey_OldEntriesStillVerify_AndWithoutTheOldKeyTheMissingKeyIsNamed()
    {
        var (a, b) = (AuditApps.NewKey(), AuditApps.NewKey());
        Guid id;
        await using (var first = EditorialAppFactory.OnPostgres(database, settings: AuditApps.Keys("2026-a", ("2026-a", a))).Started())
        {
            id = await first.SubmittedArticleAsync();
        }

        await using (var rotated = EditorialAppFactory.OnPostgres(database, settings: AuditApps.Keys("2026-b", ("2026-a", a), ("2026-b", b))).Started())
        {
            await rotated.SendBackAsync(id);

            Assert.True((await rotated.VerifyAsync(id)).IsIntact);
            Assert.Equal(["2026-a", "2026-a", "2026-a", "2026-b"], (await rotated.LogAsync(id)).Select(e => e.KeyId));
        }

        await using var withoutA = EditorialAppFactory.OnPostgres(database, settings: AuditApps.Keys("2026-b", ("2026-b", b))).Started();
        var result = await withoutA.VerifyAsync(id);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("it is signed with key '2026-a', which this server does not have", result.Problem);
    }

    [Fact]
    public async Task EntriesRemovedFromTheEnd_AreFoundOnlyAgainstAHeadRecordedEarlier_ThroughTheApi()
    {
        await using var app = EditorialAppFactory.OnPostgres(database).Started();
        var id = await app.SubmittedArticleAsync();
        await app.SendBackAsync(id);
        var client = BrowserlessClient.Create(app);
        await client.SignInAsync(DemoUsers.Editor, DemoUsers.Password);
        var recorded = (await client.GetFromJsonAsync<ChainVerificationResponse>($"/api/articles/{id}/audit/verify"))!;

        // Cut the submit and the send-back from the end of the log.
        await Attacker.ExecuteAsync("audit_events", $"DELETE FROM audit_events WHERE \"ArticleId\" = '{id}' AND \"Sequence\" > 2");
        var alone = (await client.GetFromJsonAsync<ChainVerificationResponse>($"/api/articles/{id}/audit/verify"))!;
        var againstTheHead = (await client.GetFromJsonAsync<ChainVerificationResponse>(
            $"/api/articles/{id}/audit/verify?sequence={recorded.HeadSequence}&hash={recorded.HeadHash}"))!;
        var halfACheckpoint = await client.GetAsync($"/api/articles/{id}/audit/verify?sequence=2");

        Assert.True(recorded.Intact);
        Assert.Equal(4, recorded.HeadSequence);
        Assert.Equal(64, recorded.HeadHash!.Length);
        Assert.True(alone.Intact);
        Assert.False(againstTheHead.Intact);
        Assert.Equal(4, againstTheHead.FirstBrokenSequence);
        Assert.Contains("removed from its end", againstTheHead.Problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, halfACheckpoint.StatusCode);
    }
}
