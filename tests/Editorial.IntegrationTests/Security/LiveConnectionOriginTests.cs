using System.Net;
using System.Net.WebSockets;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Security;

/// <summary>
/// The live connection (<c>/_blazor</c>) belongs to the app's own origin: a page of another origin
/// on the same site cannot open it with the victim's cookie, over any transport; and no anonymous
/// page is interactive (so no circuit can be started from markers collected without signing in).
/// </summary>
public sealed class LiveConnectionOriginTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Foreign = "http://evil.localhost:6666";

    private readonly EditorialAppFactory _app = EditorialAppFactory.OnPostgres(database);
    private string _baseUrl = string.Empty;
    private readonly CookieContainer _cookies = new();

    public async Task InitializeAsync()
    {
        _baseUrl = _app.StartKestrel().Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        var response = await Browser().SignInAsync(DemoUsers.Admin, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Browser() => new(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(_baseUrl) };

    private async Task<(WebSocketState State, HttpStatusCode Status)> OpenWebSocketAsync(string? origin)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("Cookie", _cookies.GetCookieHeader(new Uri(_baseUrl)));
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        var hub = new Uri(_baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/_blazor");
        try
        {
            await socket.ConnectAsync(hub, CancellationToken.None);
            var state = socket.State;
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "test", CancellationToken.None);
            return (state, socket.HttpStatusCode);
        }
        catch (WebSocketException)
        {
            return (socket.State, socket.HttpStatusCode);
        }
    }

    [Fact]
    public async Task AWebSocketHandshake_FromAnotherOrigin_WithTheCookie_IsRefused()
    {
        var foreign = await OpenWebSocketAsync(Foreign);
        var sameSiteOtherPort = await OpenWebSocketAsync(_baseUrl.Replace(new Uri(_baseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "1", StringComparison.Ordinal));
        var nullOrigin = await OpenWebSocketAsync("null");
        var own = await OpenWebSocketAsync(_baseUrl);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal(HttpStatusCode.Forbidden, sameSiteOtherPort.Status);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.Status);
        Assert.Equal(WebSocketState.Open, own.State);
    }

    [Theory]
    [InlineData("POST", "/_blazor/negotiate?negotiateVersion=1")]
    [InlineData("GET", "/_blazor?id=anything")]
    [InlineData("POST", "/_blazor?id=anything")]
    public async Task NegotiationServerSentEventsAndLongPolling_FromAnotherOrigin_AreRefused(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Origin", Foreign);
        request.Headers.Add("Accept", method == "GET" ? "text/event-stream" : "*/*");

        var response = await Browser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ARequestWithoutOrigin_ThatFetchMetadataNamesAsFromAnotherSite_IsRefused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/_blazor?id=anything");
        request.Headers.Add("Sec-Fetch-Site", "same-site");

        Assert.Equal(HttpStatusCode.Forbidden, (await Browser().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task NegotiationFromTheAppsOwnOrigin_IsAccepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", _baseUrl);

        Assert.Equal(HttpStatusCode.OK, (await Browser().SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/register")]
    [InlineData("/account/access-denied")]
    [InlineData("/not-found")]
    [InlineData("/error")]
    [InlineData("/no-such-page")]
    public async Task AnonymousPages_RenderStatically_WithoutComponentMarkers(string path)
    {
        var anonymous = new HttpClient { BaseAddress = new Uri(_baseUrl) };

        var html = await (await anonymous.GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Contains("<html", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"type\":\"server\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Blazor:{", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInPages_AreInteractive()
    {
        var html = await Browser().GetStringAsync("/articles");

        Assert.Contains("\"type\":\"server\"", html, StringComparison.Ordinal);
    }
}
