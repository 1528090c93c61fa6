using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.IntegrationTests.Audit;
using Editorial.Testing;
using Editorial.Web.Api;

namespace Editorial.IntegrationTests.Admin;

/// <summary>The security log against someone who can write the database but holds no audit key (a database of its own: it stays broken).</summary>
public sealed class SecurityLogTamperTests(PostgresDatabase database)
    : AppTest(EditorialAppFactory.OnPostgres(database)), IClassFixture<PostgresDatabase>
{
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(email, DemoUsers.Password);
        return client;
    }

    [Fact]
    public async Task ATamperedEntry_FailsVerification_EvenRehashedWithoutTheKey()
    {
        await WithAsync<SecurityLog>(l => l.RecordAsync(SecurityEventKind.UserLocked, "someone", "victim", null, null));
        var client = await SignedInAsync(DemoUsers.Admin);
        var intact = (await client.GetFromJsonAsync<ChainVerificationResponse>("/api/admin/security-log/verify"))!;
        var target = intact.HeadSequence;

        // Make the lock look as if it was the victim's own doing, then fix the hashes with plain SHA-256.
        await new DatabaseAttacker(database.ConnectionString).ExecuteAsync("security_events",
            $"""UPDATE security_events SET "ActorId" = 'victim', "Hash" = encode(sha256(convert_to("Details", 'UTF8')), 'hex') WHERE "Sequence" = {target}""");
        var tampered = (await client.GetFromJsonAsync<ChainVerificationResponse>("/api/admin/security-log/verify"))!;

        Assert.True(intact.Intact);
        Assert.False(tampered.Intact);
        Assert.Equal(target, tampered.FirstBrokenSequence);
        Assert.Contains("changed after it was written", tampered.Problem, StringComparison.Ordinal);
    }

}
