using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Editorial.Domain.Users;
using Editorial.Infrastructure.Identity;
using Editorial.Testing;
using Editorial.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Security;

/// <summary>
/// The API is not a cookie API (no cookie changes anything through it, from any origin), and its
/// tokens follow the account: a lock, a role removal or a password change reaches a token already
/// issued at its next call, and the refresh token renews only while the account stands.
/// </summary>
public abstract class ApiCredentialTests(ITestDatabase database) : AppTest(database.App())
{
    private async Task<Guid> DraftAsync()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await (await editor.PostAsJsonAsync("/api/articles", new { title = "Cookie target", body = "Text." })).Content.ReadFromJsonAsync<JsonElement>();
        return created.GetProperty("id").GetGuid();
    }

    private async Task<string> StageAsync(Guid id)
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        return (await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/workflow")).GetProperty("stage").GetString()!;
    }

    [Theory]
    [InlineData("http://evil.localhost:6666")]
    [InlineData("http://localhost")]
    [InlineData(null)]
    public async Task ACookieOnlyWrite_FromAnyOrigin_ChangesNothing(string? origin)
    {
        var id = await DraftAsync();
        var browser = BrowserlessClient.Create(App);
        await browser.SignInAsync(DemoUsers.Editor, DemoUsers.Password);
        var before = await StageAsync(id);

        using var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/articles/{id}/workflow/submit") { Content = JsonContent.Create(new { }) };
        if (origin is not null)
        {
            submit.Headers.Add("Origin", origin);
        }

        var response = await browser.SendAsync(submit);
        var edit = await browser.PutAsJsonAsync($"/api/articles/{id}", new { title = "Forged", body = "Forged.", baseRevisionNumber = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, edit.StatusCode);
        Assert.Equal(before, await StageAsync(id));
        Assert.Equal("Draft", before);
    }

    [Fact]
    public async Task TheCookie_StillOpensExportsForReading()
    {
        var id = await DraftAsync();
        var browser = BrowserlessClient.Create(App);
        await browser.SignInAsync(DemoUsers.FactChecker, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/articles/{id}/claims/report")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/api/articles/{id}/annotations")).StatusCode);
    }

    private async Task<(HttpClient Client, string Id)> NewAccountWithTokenAsync(string email, params string[] roles)
    {
        var principal = await App.CreateUserAsync(email, roles);
        return (await ApiClient.ForAsync(App, email), principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value);
    }

    [Fact]
    public async Task ABearerToken_StopsWorking_WhenAnAdminLocksTheAccount()
    {
        var (script, id) = await NewAccountWithTokenAsync("locked-script@newsroom.example", Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/articles")).StatusCode);

        await WithAsync<UserAdminService>(async s => await s.LockAsync(await App.PrincipalOfAsync(DemoUsers.Admin), id));

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.PostAsJsonAsync("/api/articles", new { title = "After lock", body = "x" })).StatusCode);
    }

    [Fact]
    public async Task ARoleChange_EndsTheTokensIssuedBefore_AndANewTokenHasOnlyTheCurrentRoles()
    {
        var (script, id) = await NewAccountWithTokenAsync("demoted@newsroom.example", Roles.Editor, Roles.Manager);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsJsonAsync("/api/articles", new { title = "Before", body = "x" })).StatusCode);

        await WithAsync<UserAdminService>(async s => await s.SetRolesAsync(await App.PrincipalOfAsync(DemoUsers.Admin), id, [Roles.Manager]));
        var renewed = await ApiClient.ForAsync(App, "demoted@newsroom.example");

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.PostAsJsonAsync("/api/articles", new { title = "After", body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await renewed.PostAsJsonAsync("/api/articles", new { title = "After", body = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await renewed.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task APersonalAccessToken_ActsWithTheRolesItsOwnerHoldsNow()
    {
        var principal = await App.CreateUserAsync("pat-owner@newsroom.example", Roles.Editor, Roles.Manager);
        var secret = await WithAsync<Editorial.Web.Features.Tokens.PersonalAccessTokenService, string>(t => t.CreateAsync(principal, "script", 30));
        var script = App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsJsonAsync("/api/articles", new { title = "Before", body = "x" })).StatusCode);

        await WithAsync<UserAdminService>(async s => await s.SetRolesAsync(await App.PrincipalOfAsync(DemoUsers.Admin),
            principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, [Roles.Manager]));

        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsJsonAsync("/api/articles", new { title = "After", body = "x" })).StatusCode);
    }

    [Fact]
    public async Task BearerAndRefreshTokens_StopWorking_AfterAPasswordChange()
    {
        await App.CreateUserAsync("changer@newsroom.example", Roles.Editor);
        var client = App.CreateClient();
        var tokens = await ApiClient.TokensAsync(client, "changer@newsroom.example");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var refreshToken = tokens.GetProperty("refreshToken").GetString();

        var refreshed = await App.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var renewed = (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var renewedClient = App.CreateClient();
        renewedClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        Assert.Equal(HttpStatusCode.OK, (await renewedClient.GetAsync("/api/articles")).StatusCode);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("changer@newsroom.example"))!;
            Assert.True((await users.ChangePasswordAsync(user, DemoUsers.Password, "Changed#Password2026")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await renewedClient.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).StatusCode);
    }

    [Fact]
    public async Task ARefreshToken_IsRefused_OnceTheAccountIsLocked_AndWhenForged()
    {
        var principal = await App.CreateUserAsync("refresher@newsroom.example", Roles.Editor);
        var refreshToken = (await ApiClient.TokensAsync(App.CreateClient(), "refresher@newsroom.example")).GetProperty("refreshToken").GetString();

        await WithAsync<UserAdminService>(async s =>
            await s.LockAsync(await App.PrincipalOfAsync(DemoUsers.Admin), principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value));

        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "forged" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "" })).StatusCode);
    }
}

/// <summary><see cref="ApiCredentialTests"/> on PostgreSQL.</summary>
public sealed class ApiCredentialTestsOnPostgres(PostgresDatabase database) : ApiCredentialTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ApiCredentialTests"/> on the embedded SQLite default.</summary>
public sealed class ApiCredentialTestsOnSqlite(SqliteFolder database) : ApiCredentialTests(database), IClassFixture<SqliteFolder>;
