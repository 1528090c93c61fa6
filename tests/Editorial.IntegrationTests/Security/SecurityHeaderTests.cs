using System.Net;
using System.Text.RegularExpressions;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Security;

/// <summary>Every response carries the security headers; HTML built from user text is sandboxed.</summary>
public sealed partial class SecurityHeaderTests(PostgresDatabase database)
    : AppTest(EditorialAppFactory.OnPostgres(database)), IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/not-found")]
    [InlineData("/health/live")]
    [InlineData("/api/articles")]
    [InlineData("/api/articles/00000000-0000-0000-0000-000000000001")]
    [InlineData("/articles")]
    [InlineData("/error")]
    public async Task EveryResponse_CarriesTheSecurityHeaders_ErrorsAndRedirectsIncluded(string path)
    {
        var client = path == "/articles" ? BrowserlessClient.Create(App) : await ApiClient.ForAsync(App, DemoUsers.Editor);
        var response = await client.GetAsync(path);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self' 'nonce-", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task ThePagesOwnInlineScript_CarriesThisResponsesNonce_AndTheNonceChangesEachTime()
    {
        var first = await BrowserlessClient.Create(App).GetAsync("/account/login");
        var second = await BrowserlessClient.Create(App).GetAsync("/account/login");
        string NonceOf(HttpResponseMessage r) => Nonce().Match(string.Join(";", r.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;

        var html = await first.Content.ReadAsStringAsync();
        var inlineScripts = InlineScript().Matches(html);

        Assert.NotEmpty(inlineScripts);
        Assert.All(inlineScripts, s => Assert.Contains($"nonce=\"{NonceOf(first)}\"", s.Value, StringComparison.Ordinal));
        Assert.NotEqual(NonceOf(first), NonceOf(second));
    }

    [Fact]
    public async Task ThePrintableReport_IsServedSandboxed_WithNoScriptAllowed()
    {
        var factChecker = await ApiClient.ForAsync(App, DemoUsers.FactChecker);
        var articles = await factChecker.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles");
        var id = articles.GetProperty("items")[0].GetProperty("id").GetGuid();

        var report = await factChecker.GetAsync($"/api/articles/{id}/claims/report");
        var policy = Assert.Single(report.Headers.GetValues("Content-Security-Policy"));

        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.StartsWith("sandbox", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex Nonce();

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
