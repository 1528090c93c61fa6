using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The app on Kestrel (Development: demo users and the sample article, on its own PostgreSQL
/// database), a mail server in this process that it sends its e-mail to, and the machine's Chromium
/// driven by Playwright. Shared by the browser tests.
/// </summary>
public sealed class BrowserServer : IAsyncLifetime
{
    /// <summary>Debian's Chromium; tests/run.sh installs it. Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly PostgresDatabase _database = new();
    private EditorialAppFactory? _app;
    private IPlaywright? _playwright;

    /// <summary>The SMTP server the app sends e-mail to (on loopback); what arrived can be read.</summary>
    public netDumbster.smtp.SimpleSmtpServer Smtp { get; } = netDumbster.smtp.SimpleSmtpServer.Start(LoopbackPort.Free());

    /// <summary>Where the app listens.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The shared browser; each test opens its own context (own cookies).</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _app = EditorialAppFactory.OnPostgres(_database, settings: new Dictionary<string, string?>
        {
            // Webhook tests post to a receiver on this machine, which an administrator allows here.
            ["Webhooks:AllowedPrivateHosts:0"] = "127.0.0.1",
            ["Outbox:PollInterval"] = "00:00:00.500",
            // A refused delivery is tried again within a second, not the default 30 s (the tests wait 30 s).
            ["Outbox:FirstRetryDelay"] = "00:00:00.500",
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = Smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Security"] = "None",
        });
        BaseUrl = _app.StartKestrel();
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>The machine's Chromium, headless, as every browser test drives it (and the expectation timeout they share).</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(15_000);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page in its own browser context; the app follows the browser's light or dark setting.</summary>
    public async Task<IPage> NewPageAsync(ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ColorScheme = colorScheme });
        // Generous: the first page of a run compiles and warms the app on a 2-core machine.
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page, signed in as <paramref name="email"/>, on the dashboard.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string password = DemoUsers.Password, ColorScheme colorScheme = ColorScheme.Light)
    {
        var page = await NewPageAsync(colorScheme);
        var login = new Pages.LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(email, password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        // Click only once the page is live, so that a click is never lost between prerendering and the circuit.
        await new Pages.AppShell(page).WaitUntilInteractiveAsync();
        return page;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _database.DisposeAsync();
        Smtp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserServer>
{
    public const string Name = "Browser";
}

/// <summary>
/// A second app and database for tests that leave the sample article in a state the others do not
/// expect (a claim that blocks approval). Collections run one after another (see AssemblyInfo).
/// </summary>
[CollectionDefinition(Name)]
public sealed class FactCheckingBrowserCollection : ICollectionFixture<BrowserServer>
{
    public const string Name = "Fact-checking browser";
}
