using System.Net;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Security;

/// <summary>
/// Production behind a TLS proxy, as the README recommends: HTTPS redirect to the public address,
/// HSTS, Secure cookies, forwarded headers believed only from the configured proxy, allowed hosts,
/// and absolute URLs from the public address, never from the Host header. On Kestrel, so that the
/// proxy's address is a real socket address (127.0.0.1).
/// </summary>
public sealed class ProxyDeploymentTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Public = "https://editorial.newsroom.test";

    private static Dictionary<string, string?> Production(string trustedProxy) => new()
    {
        ["Hosting:PublicBaseUrl"] = Public,
        ["Hosting:RequireHttps"] = null,
        ["Hosting:TrustedProxies:0"] = trustedProxy,
        ["Seed:DemoUsers"] = "true",
    };

    private static HttpClient Client(string baseUrl) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(baseUrl) };

    private static HttpRequestMessage Request(HttpMethod method, string path, string host = "editorial.newsroom.test", string? forwardedProto = "https")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return request;
    }

    [Fact]
    public async Task BehindTheTrustedProxy_PagesAreHttpsOnly_WithHstsAndSecureCookies()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production", Production(trustedProxy: "127.0.0.1"));
        var client = Client(app.StartKestrel());

        var plain = await client.SendAsync(Request(HttpMethod.Get, "/account/login?x=1", forwardedProto: "http"));
        var secure = await client.SendAsync(Request(HttpMethod.Get, "/account/login"));
        var foreignHost = await client.SendAsync(Request(HttpMethod.Get, "/account/login", host: "evil.example"));
        var health = await client.SendAsync(Request(HttpMethod.Get, "/health/live", forwardedProto: null));

        Assert.Equal(HttpStatusCode.PermanentRedirect, plain.StatusCode);
        Assert.Equal($"{Public}/account/login?x=1", plain.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var antiforgery = Assert.Single(secure.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.BadRequest, foreignHost.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        // Signing in through the proxy: the sign-in cookie is Secure too.
        var html = await secure.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = Request(HttpMethod.Post, "/account/login");
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        signIn.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["_handler"] = "login", ["Input.Email"] = DemoUsers.Editor, ["Input.Password"] = DemoUsers.Password,
        });
        var signedIn = await client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("editorial.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedAddress_AreIgnored()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production", Production(trustedProxy: "10.9.9.9"));
        var client = Client(app.StartKestrel());

        var response = await client.SendAsync(Request(HttpMethod.Get, "/account/login"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopment_StartupWithoutAPublicAddress_StopsWithTheSettingsName()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production", new Dictionary<string, string?> { ["Hosting:RequireHttps"] = null });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains("Hosting:PublicBaseUrl", Flatten(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_NameThePublicAddress_WhateverHostTheRequestCarries()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, settings: new Dictionary<string, string?> { ["Hosting:PublicBaseUrl"] = Public });
        var manager = await ApiClient.ForAsync(app, DemoUsers.Manager);
        var id = (await manager.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles")).GetProperty("items")[0].GetProperty("id").GetGuid();

        HttpRequestMessage Export(string host)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{id}/annotations");
            request.Headers.Host = host;
            return request;
        }

        var forged = await manager.SendAsync(Export("attacker.example"));
        var export = await (await manager.SendAsync(Export("localhost:5080"))).Content.ReadAsStringAsync();

        // With a public address the app answers to its own names only (and loopback, for probes).
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains(Public, export, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedirectsToSignIn_NameThePublicAddress_NotAForgedHost()
    {
        await using var app = EditorialAppFactory.OnPostgres(database);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/articles");
        request.Headers.Host = "attacker.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login?ReturnUrl=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join(" ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is null ? string.Empty : " " + Flatten(error.InnerException));
}
