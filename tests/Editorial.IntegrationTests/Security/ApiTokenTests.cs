using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Editorial.Domain;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Tokens;

namespace Editorial.IntegrationTests.Security;

/// <summary>Scripts authenticate with a bearer token (email + password) or a personal access token.</summary>
public abstract class ApiTokenTests(ITestDatabase database) : AppTest(database.App())
{
    private HttpClient Script(string? token = null)
    {
        var client = App.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    private async Task<string> BearerTokenAsync(string email, string password = DemoUsers.Password)
    {
        var response = await Script().PostAsJsonAsync("/api/auth/token", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task EmailAndPassword_GiveABearerToken_ThatActsWithTheUsersRoles()
    {
        var editor = Script(await BearerTokenAsync(DemoUsers.Editor));
        var factChecker = Script(await BearerTokenAsync(DemoUsers.FactChecker));

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/articles")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/articles", new { title = "By script", body = "Text." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factChecker.PostAsJsonAsync("/api/articles", new { title = "Not mine", body = "Text." })).StatusCode);
    }

    [Theory]
    [InlineData(DemoUsers.Editor, "wrong password")]
    [InlineData("nobody@newsroom.example", "whatever")]
    [InlineData("", "")]
    public async Task BadCredentials_Get401ProblemJson_WithoutSayingWhichWasWrong(string email, string password)
    {
        var response = await Script().PostAsJsonAsync("/api/auth/token", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedBearerToken_Gets401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script("not-a-real-token").GetAsync("/api/articles")).StatusCode);

    [Fact]
    public async Task APersonalAccessToken_Works_UntilRevoked()
    {
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        var secret = await WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(manager, "nightly report", 30));
        var script = Script(secret);

        Assert.StartsWith("edt_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/articles")).StatusCode);
        var listed = Assert.Single(await WithAsync<PersonalAccessTokenService, IReadOnlyList<TokenView>>(t => t.ListAsync(manager)));
        Assert.NotNull(listed.LastUsedAt);
        Assert.Equal(secret[^4..], listed.Hint);

        await WithAsync<PersonalAccessTokenService>(t => t.RevokeAsync(manager, listed.Id));

        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task OnlyTheHashOfAPersonalAccessToken_IsStored()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var secret = await WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(editor, "hash check", null));

        var stored = await WithAsync<Editorial.Infrastructure.Persistence.EditorialDbContext, List<string>>(db =>
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.PersonalAccessTokens.Select(t => t.Hash)));

        Assert.DoesNotContain(secret, stored);
        Assert.Contains(Editorial.Infrastructure.Identity.PersonalAccessToken.HashOf(secret), stored);
    }

    [Fact]
    public async Task AnUnknownPersonalAccessToken_Gets401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Script("edt_thisIsNotAToken").GetAsync("/api/articles")).StatusCode);

    [Fact]
    public async Task ATokenOfAUserWithoutARole_OpensNothing()
    {
        var nobody = await App.CreateUserAsync("token.nobody@newsroom.example");
        var secret = await WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(nobody, "useless", 1));

        Assert.Equal(HttpStatusCode.Forbidden, (await Script(secret).GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task NobodyRevokesAnothersToken()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        await WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(editor, "mine", 7));
        var mine = (await WithAsync<PersonalAccessTokenService, IReadOnlyList<TokenView>>(t => t.ListAsync(editor))).First();

        await Assert.ThrowsAsync<NotFoundException>(() => WithAsync<PersonalAccessTokenService>(t => t.RevokeAsync(manager, mine.Id)));
    }

    [Theory]
    [InlineData("", 30)]
    [InlineData("   ", 30)]
    [InlineData("ok", 0)]
    [InlineData("ok", 5000)]
    public async Task BadTokenInput_IsRefused(string name, int days)
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);

        await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<PersonalAccessTokenService, string>(t => t.CreateAsync(editor, name, days)));
    }

    [Fact]
    public async Task TheOpenApiDocument_DescribesTheApi()
    {
        var document = await Script().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/articles/{id}/workflow", paths);
        Assert.Contains("/api/articles/{id}/sign-offs", paths);
        Assert.Contains("/api/auth/token", paths);
    }
}

/// <summary><see cref="ApiTokenTests"/> on PostgreSQL.</summary>
public sealed class ApiTokenTestsOnPostgres(PostgresDatabase database) : ApiTokenTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ApiTokenTests"/> on the embedded SQLite default.</summary>
public sealed class ApiTokenTestsOnSqlite(SqliteFolder database) : ApiTokenTests(database), IClassFixture<SqliteFolder>;
