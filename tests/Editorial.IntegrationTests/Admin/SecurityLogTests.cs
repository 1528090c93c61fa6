using System.Net;
using System.Security.Claims;
using Editorial.Domain.Audit;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Audit;
using Editorial.IntegrationTests.Audit;
using Editorial.Testing;
using Editorial.Web.Api;
using Editorial.Web.Features.Admin;
using Editorial.Web.Features.Tokens;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Admin;

/// <summary>The security log on PostgreSQL: what is recorded, who may read it, export and verification.</summary>
public abstract class SecurityLogTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> AdminAsync() => App.PrincipalOfAsync(DemoUsers.Admin);

    private Task<SecurityLogPageView> ListAsync(ClaimsPrincipal admin, SecurityLogFilter filter, long? before = null) =>
        WithAsync<SecurityLogService, SecurityLogPageView>(s => s.ListAsync(admin, filter, before));

    private Task<ChainVerification> VerifyAsync() =>
        WithAsync<SecurityLogService, ChainVerification>(async s => await s.VerifyAsync(await AdminAsync()));

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(email, DemoUsers.Password);
        return client;
    }

    [Fact]
    public async Task AnAdminWhoGrantsThemselvesManager_SignsOff_AndDropsTheRole_IsSeenInOrder()
    {
        var admin = await AdminAsync();
        var self = admin.RequireUserId();
        var id = await App.SubmittedArticleAsync();

        await WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, self, [Roles.Admin, Roles.Manager]));
        var asManager = await App.PrincipalOfAsync(DemoUsers.Admin);
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(asManager, id, "approve", Roles.Manager, SignOffDecision.Approve, null, 1));
        await WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, self, [Roles.Admin]));

        var page = await ListAsync(admin, new SecurityLogFilter(SecurityEventKind.RolesChanged, DemoUsers.Admin));
        var signOff = Assert.Single(await App.LogAsync(id), e => e.Kind == nameof(Editorial.Domain.Articles.SignOffGiven));
        var exported = await (await SignedInAsync(DemoUsers.Admin)).GetFromJsonAsync<List<ExportedEntry>>(
            $"/api/admin/security-log?format=json&kind=RolesChanged&user={Uri.EscapeDataString(DemoUsers.Admin)}");

        // Newest first on the page: the grant, then the removal, with the sign-off between them.
        Assert.Equal(2, page.Entries.Count);
        var (removal, grant) = (page.Entries[0], page.Entries[1]);
        Assert.Equal(("Manager", ""), (grant.Details["added"], grant.Details["removed"]));
        Assert.Equal(("", "Manager"), (removal.Details["added"], removal.Details["removed"]));
        Assert.All(page.Entries, e => Assert.Equal((DemoUsers.Admin, DemoUsers.Admin), (e.Actor, e.Subject)));
        Assert.True(grant.At <= signOff.At && signOff.At <= removal.At);
        Assert.True(grant.Sequence < removal.Sequence);
        // The export is in the chain's order, oldest first.
        Assert.Equal([grant.Sequence, removal.Sequence], exported!.Select(e => e.Sequence));
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task AccountsAndTokens_AreRecorded_WithoutSecrets()
    {
        var admin = await AdminAsync();
        await WithAsync<UserAdminService>(s => s.CreateAsync(admin, new NewUser
        {
            Email = "rita@newsroom.example", DisplayName = "Rita Reporter", Password = "Reporter#2026", Roles = [Roles.Editor],
        }));
        var rita = await App.PrincipalOfAsync("rita@newsroom.example");
        await WithAsync<UserAdminService>(s => s.LockAsync(admin, rita.RequireUserId()));
        await WithAsync<UserAdminService>(s => s.UnlockAsync(admin, rita.RequireUserId()));
        var secret = await WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(rita, "nightly import", 30));
        var token = Assert.Single(await WithAsync<PersonalAccessTokenService, IReadOnlyList<TokenView>>(t => t.ListAsync(rita)));
        await WithAsync<PersonalAccessTokenService>(t => t.RevokeAsync(rita, token.Id));

        var page = await ListAsync(admin, new SecurityLogFilter(UserEmail: "rita@newsroom.example"));

        Assert.Equal(
            [SecurityEventKind.TokenRevoked, SecurityEventKind.TokenCreated, SecurityEventKind.UserUnlocked, SecurityEventKind.UserLocked, SecurityEventKind.UserCreated],
            page.Entries.Select(e => e.Kind));
        Assert.Equal(("Rita Reporter", "Editor", "true"), (page.Entries[4].Details["displayName"], page.Entries[4].Details["roles"], page.Entries[4].Details["mustChangePassword"]));
        Assert.Equal(DemoUsers.Admin, page.Entries[3].Actor);
        Assert.Equal(("rita@newsroom.example", "nightly import", token.Id.ToString()), (page.Entries[1].Actor, page.Entries[1].Details["name"], page.Entries[1].Details["tokenId"]));
        Assert.DoesNotContain(page.Entries, e => e.DetailsJson.Contains(secret[4..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_FollowEachOther_WithoutGapsOrRepeats()
    {
        for (var i = 0; i < SecurityLogService.PageSize + 5; i++)
        {
            await WithAsync<SecurityLog>(l => l.RecordAsync(SecurityEventKind.SignInThrottled, null, null, "192.0.2.7",
                new Dictionary<string, string?> { ["n"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        }

        var admin = await AdminAsync();
        var filter = new SecurityLogFilter(SecurityEventKind.SignInThrottled);
        var first = await ListAsync(admin, filter);
        var second = await ListAsync(admin, filter, first.NextBefore);

        Assert.Equal(SecurityLogService.PageSize, first.Entries.Count);
        Assert.Equal(5, second.Entries.Count);
        Assert.Null(second.NextBefore);
        Assert.Equal(Enumerable.Range(0, SecurityLogService.PageSize + 5).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            first.Entries.Concat(second.Entries).Select(e => e.Details["n"]));
    }

    [Fact]
    public async Task WritersRacing_AllGetTheirEntry_InOneUnbrokenChain()
    {
        var admin = await AdminAsync();
        var targets = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            targets.Add((await App.CreateUserAsync($"racer{i}@newsroom.example", Roles.Editor)).RequireUserId());
        }

        var before = (await VerifyAsync()).Entries;

        // Standalone entries and entries inside an administrator's transaction, all at once.
        var standalone = Enumerable.Range(0, 15).Select(i => Task.Run(() => WithAsync<SecurityLog>(l =>
            l.RecordAsync(SecurityEventKind.SignInFailedBurst, null, null, $"198.51.100.{i}", null))));
        var locks = targets.Select(t => Task.Run(() => WithAsync<UserAdminService>(s => s.LockAsync(admin, t))));
        await Task.WhenAll(standalone.Concat(locks));

        var after = await VerifyAsync();
        var locked = await ListAsync(admin, new SecurityLogFilter(SecurityEventKind.UserLocked));
        Assert.True(after.IsIntact, after.Problem);
        Assert.Equal(before + 20, after.Entries);
        Assert.Superset(targets.ToHashSet(), locked.Entries.Select(e => e.SubjectUserId!).ToHashSet());
    }

    [Fact]
    public async Task DateFilters_AreWholeUtcDays()
    {
        var admin = await AdminAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await WithAsync<SecurityLog>(l => l.RecordAsync(SecurityEventKind.PasswordChanged, null, null, null, null));

        Assert.NotEmpty((await ListAsync(admin, new SecurityLogFilter(SecurityEventKind.PasswordChanged, From: today, To: today))).Entries);
        Assert.Empty((await ListAsync(admin, new SecurityLogFilter(SecurityEventKind.PasswordChanged, To: today.AddDays(-1)))).Entries);
        Assert.Empty((await ListAsync(admin, new SecurityLogFilter(SecurityEventKind.PasswordChanged, From: today.AddDays(1)))).Entries);
    }

    [Theory]
    [InlineData(DemoUsers.Editor)]
    [InlineData(DemoUsers.Manager)]
    public async Task NonAdmins_AreRefused_ByTheServiceAndTheApi(string email)
    {
        var user = await App.PrincipalOfAsync(email);
        var client = await SignedInAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => ListAsync(user, new SecurityLogFilter()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<SecurityLogService, ChainVerification>(s => s.VerifyAsync(user)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<SecurityLogService, IAsyncEnumerable<SecurityLogEntryView>>(s => s.ExportAsync(user, new SecurityLogFilter())));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/security-log?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/admin/security-log/verify")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await BrowserlessClient.Create(App).GetAsync("/api/admin/security-log")).StatusCode);
    }

    [Fact]
    public async Task TheCsvExport_QuotesWhatNeedsIt_AndDisarmsFormulas()
    {
        var admin = await AdminAsync();
        // Identity lets an email start with '+' or '-'; a spreadsheet would run either as a formula.
        await WithAsync<UserAdminService>(s => s.CreateAsync(admin, new NewUser
        {
            Email = "+1-cmd@evil.example", DisplayName = "Formula, \"Quoted\"", Password = "Formula#2026", Roles = [Roles.Editor],
        }));
        await WithAsync<SecurityLog>(l => l.RecordAsync(SecurityEventKind.SignInFailedBurst, null, null, "=1+1\n,\"x\"", null));

        var response = await (await SignedInAsync(DemoUsers.Admin)).GetAsync("/api/admin/security-log?format=csv");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var created = Assert.Single(lines, l => l.Contains("evil.example", StringComparison.Ordinal) && l.Contains(",UserCreated,", StringComparison.Ordinal));
        var burst = Assert.Single(lines, l => l.Contains("=1+1", StringComparison.Ordinal));

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal(SecurityLogCsv.Header, lines[0]);
        // The subject's email gets an apostrophe; the details (JSON with commas and quotes) are quoted, quotes doubled.
        Assert.Contains(",'+1-cmd@evil.example,", created, StringComparison.Ordinal);
        Assert.Contains(",\"{\"\"displayName\"\":\"\"Formula, \\u0022Quoted\\u0022\"\",", created, StringComparison.Ordinal);
        // A line break, a comma and quotes in one cell, which also starts like a formula.
        Assert.Contains(",\"'=1+1\n,\"\"x\"\"\",", burst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApi_RefusesAnUnknownFormatOrKind()
    {
        var client = await SignedInAsync(DemoUsers.Admin);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/admin/security-log?format=xml")).StatusCode);
        var kind = await client.GetAsync("/api/admin/security-log?kind=Everything");
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        Assert.Contains("Unknown kind 'Everything'", await kind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE security_events SET \"Details\" = 'forged'")]
    [InlineData("DELETE FROM security_events")]
    public async Task TheTable_RefusesChanges(string sql)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WithAsync<Editorial.Infrastructure.Persistence.EditorialDbContext, int>(db =>
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, sql)));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.True((await VerifyAsync()).Entries > 0);
    }

    private sealed record ExportedEntry(long Sequence, string Kind, string Actor);
}

/// <summary><see cref="SecurityLogTests"/> on PostgreSQL.</summary>
public sealed class SecurityLogTestsOnPostgres(PostgresDatabase database) : SecurityLogTests(database), IClassFixture<PostgresDatabase>
{
    // PostgreSQL only on purpose: SQLite has no TRUNCATE.
    [Fact]
    public Task TheTable_RefusesTruncate() => TheTable_RefusesChanges("TRUNCATE security_events");
}

/// <summary><see cref="SecurityLogTests"/> on the embedded SQLite default.</summary>
public sealed class SecurityLogTestsOnSqlite(SqliteFolder database) : SecurityLogTests(database), IClassFixture<SqliteFolder>;
