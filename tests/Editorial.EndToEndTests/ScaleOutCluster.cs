using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The newsroom's scale-out setup, run for real: two app instances as their own processes on one
/// PostgreSQL database, behind the reverse proxy (src/Editorial.Proxy) with sticky sessions, and
/// Chromium talking only to the proxy. An instance can be stopped (SIGTERM) and started again.
/// </summary>
public sealed class ScaleOutCluster : IAsyncLifetime
{
    /// <summary>The proxy's names of the two instances.</summary>
    public static readonly string[] Instances = ["app-1", "app-2"];

    private readonly PostgresDatabase _database = new();
    private readonly Dictionary<string, int> _ports = Instances.ToDictionary(name => name, _ => LoopbackPort.Free());
    private readonly Dictionary<string, AppProcess> _running = [];
    private readonly int _proxyPort = LoopbackPort.Free();
    private AppProcess? _proxy;
    private IPlaywright? _playwright;

    /// <summary>The address users type: the proxy's.</summary>
    public string PublicUrl => $"http://127.0.0.1:{_proxyPort}";

    /// <summary>The shared browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        // One after the other: the first migrates the database and imports the demo users and sample article.
        foreach (var instance in Instances)
        {
            await StartAsync(instance);
        }

        _proxy = AppProcess.StartProxy(_proxyPort, Instances.ToDictionary(
            instance => $"ReverseProxy__Clusters__editorial__Destinations__{instance}__Address",
            instance => $"http://127.0.0.1:{_ports[instance]}/"));
        await _proxy.WaitUntilReadyAsync("/_proxy/health");
        await _proxy.WaitUntilReadyAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await BrowserServer.LaunchChromiumAsync(_playwright);
    }

    /// <summary>Starts <paramref name="instance"/> (again) and waits until it is ready.</summary>
    public async Task StartAsync(string instance)
    {
        var app = AppProcess.StartApp(_ports[instance], new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ConnectionStrings__Editorial"] = _database.ConnectionString,
            [$"Audit__Keys__{EditorialAppFactory.TestAuditKeyId}"] = EditorialAppFactory.TestAuditKey,
            // What docker-compose.yml sets for the scale-out profile: the proxy's address is the app's.
            ["Hosting__PublicBaseUrl"] = PublicUrl,
            ["SignInLimits__PerAddressPerMinute"] = "100000",
            // Times and the server's own account of its stop, for the failure message of a slow stop.
            ["Logging__Console__TimestampFormat"] = "HH:mm:ss.fff ",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Debug",
            ["Logging__LogLevel__Microsoft.Extensions.Hosting"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore.Server.Kestrel"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        _running[instance] = app;
        await app.WaitUntilReadyAsync();
    }

    /// <summary>
    /// Stops <paramref name="instance"/> as a rolling restart does (SIGTERM) and waits until it has
    /// exited; returns what it wrote (its account of the stop).
    /// </summary>
    public async Task<string> StopAsync(string instance)
    {
        var app = _running[instance];
        await app.StopAsync();
        Assert.True(app.ExitCode == 0, $"{instance} exited with {app.ExitCode}:\n{app.Output}");
        await app.DisposeAsync();
        _running.Remove(instance);
        return app.Output;
    }

    /// <summary>
    /// A new browser context (its own cookies) whose session the proxy placed on <paramref name="instance"/>:
    /// contexts are opened until the proxy's round robin lands one there.
    /// </summary>
    public async Task<IPage> PageOnAsync(string instance)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = PublicUrl });
            context.SetDefaultTimeout(30_000);
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync("/account/login");
            if (response is not null && await response.HeaderValueAsync(Editorial.Proxy.InstanceHeader.Name) == instance)
            {
                return page;
            }

            await context.CloseAsync();
        }

        throw new InvalidOperationException($"The proxy never placed a new session on {instance}.");
    }

    /// <summary>The instance the proxy sends <paramref name="page"/>'s requests to now.</summary>
    public static Task<string> InstanceOfAsync(IPage page) =>
        page.EvaluateAsync<string>($"async () => (await fetch('/health/live', {{ cache: 'no-store' }})).headers.get('{Editorial.Proxy.InstanceHeader.Name}')");

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var app in _running.Values)
        {
            await app.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ScaleOutCollection : ICollectionFixture<ScaleOutCluster>
{
    public const string Name = "Scale-out";
}
