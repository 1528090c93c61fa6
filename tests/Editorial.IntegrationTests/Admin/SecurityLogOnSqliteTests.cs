using System.Net;
using Editorial.Domain.Audit;
using Editorial.Domain.Users;
using Editorial.Testing;
using Editorial.Web.Api;
using Editorial.Web.Features.Admin;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Admin;

/// <summary>The security log on the embedded database (with its generated key): recorded, exported, verified, append-only.</summary>
public sealed class SecurityLogOnSqliteTests(SqliteFolder folder)
    : AppTest(EditorialAppFactory.OnSqlite(folder.Path)), IClassFixture<SqliteFolder>
{
    [Fact]
    public async Task RoleChanges_AreRecorded_Exported_AndVerify_AndTheTableRefusesChanges()
    {
        var admin = await App.PrincipalOfAsync(DemoUsers.Admin);
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        await WithAsync<UserAdminService>(s => s.SetRolesAsync(admin, manager.RequireUserId(), [Roles.Manager, Roles.FactChecker]));
        await Task.WhenAll(Enumerable.Range(0, 5).Select(i => Task.Run(() => WithAsync<Editorial.Infrastructure.Audit.SecurityLog>(l =>
            l.RecordAsync(SecurityEventKind.SignInThrottled, null, null, $"203.0.113.{i}", null)))));

        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.Admin, DemoUsers.Password);
        var csv = await client.GetStringAsync($"/api/admin/security-log?format=csv&user={Uri.EscapeDataString(DemoUsers.Manager)}");
        var verified = (await client.GetFromJsonAsync<ChainVerificationResponse>("/api/admin/security-log/verify"))!;
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => WithAsync<Editorial.Infrastructure.Persistence.EditorialDbContext, int>(db =>
            Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, "DELETE FROM security_events")));

        var row = Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains(",RolesChanged,", row, StringComparison.Ordinal);
        Assert.Contains("FactChecker", row, StringComparison.Ordinal);
        Assert.True(verified.Intact, verified.Problem);
        // The sealing marker, the role change and the five racing writers.
        Assert.Equal(7, verified.Entries);
        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/security-log")).StatusCode);
    }
}
