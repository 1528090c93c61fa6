using System.Net;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Security;

/// <summary>Sign-out, password change and self-registration (off by default), over real HTTP.</summary>
public abstract class AccountTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.Editor, DemoUsers.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/password")).StatusCode);

        // The app bar's sign-out form lives on the (statically rendered) account pages too.
        var signOut = await client.SubmitFormAsync("/account/password", "/account/logout", new() { ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.StartsWith("/account/login", (await client.GetAsync("/articles")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_IsRefused()
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.Editor, DemoUsers.Password);

        var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task SignIn_DoesNotRedirectToAnotherSite()
    {
        var client = BrowserlessClient.Create(App);

        var response = await client.SubmitFormAsync("/account/login?returnUrl=https://evil.example/", "/account/login?returnUrl=https://evil.example/",
            new() { ["Input.Email"] = DemoUsers.Editor, ["Input.Password"] = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/articles/Straße?q=ünï", "/articles/Stra%C3%9Fe?q=%C3%BCn%C3%AF")]
    [InlineData("/articles/\u0645\u0642\u0627\u0644", "/articles/%D9%85%D9%82%D8%A7%D9%84")]
    public async Task SignIn_WithANonAsciiReturnUrl_RedirectsThere_Encoded(string returnUrl, string expected)
    {
        var client = BrowserlessClient.Create(App);
        var page = "/account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);

        var response = await client.SubmitFormAsync(page, page, new() { ["Input.Email"] = DemoUsers.Editor, ["Input.Password"] = DemoUsers.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString.Replace("http://localhost", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChangePassword_WithTheRightCurrentPassword_Works_AndTheNewOneSignsIn()
    {
        await App.CreateUserAsync("changer@newsroom.example", "Editor");
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync("changer@newsroom.example", DemoUsers.Password);

        var wrong = await ChangeAsync(client, "not my password", "Brand#NewPass2026", "Brand#NewPass2026");
        var mismatch = await ChangeAsync(client, DemoUsers.Password, "Brand#NewPass2026", "Different#Pass2026");
        var changed = await ChangeAsync(client, DemoUsers.Password, "Brand#NewPass2026", "Brand#NewPass2026");

        Assert.Contains("Incorrect password.", wrong, StringComparison.Ordinal);
        Assert.Contains("The new password and its confirmation differ.", mismatch, StringComparison.Ordinal);
        Assert.Contains("Your password was changed.", changed, StringComparison.Ordinal);
        var again = BrowserlessClient.Create(App);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync("changer@newsroom.example", "Brand#NewPass2026")).StatusCode);
    }

    [Fact]
    public async Task Registration_IsOffByDefault_AndAPostCreatesNoAccount()
    {
        var client = BrowserlessClient.Create(App);

        var page = await client.GetStringAsync("/account/register");
        await client.SubmitFormAsync("/account/login", "/account/register", new()
        {
            ["_handler"] = "register", ["Input.Email"] = "intruder@newsroom.example", ["Input.DisplayName"] = "Intruder", ["Input.Password"] = "Intruder#2026",
        });

        Assert.Contains("Self-registration is off", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, (await BrowserlessClient.Create(App).SignInAsync("intruder@newsroom.example", "Intruder#2026")).StatusCode);
    }

    private static async Task<string> ChangeAsync(HttpClient client, string current, string next, string confirm)
    {
        var response = await client.SubmitFormAsync("/account/password", "/account/password", new()
        {
            ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next, ["Input.ConfirmPassword"] = confirm,
        });
        return await response.Content.ReadAsStringAsync();
    }
}

/// <summary><see cref="AccountTests"/> on PostgreSQL.</summary>
public sealed class AccountTestsOnPostgres(PostgresDatabase database) : AccountTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="AccountTests"/> on the embedded SQLite default.</summary>
public sealed class AccountTestsOnSqlite(SqliteFolder database) : AccountTests(database), IClassFixture<SqliteFolder>;

/// <summary>A newsroom that turned self-registration on.</summary>
public abstract class OpenRegistrationTests(ITestDatabase database)
    : AppTest(database.App(settings: new Dictionary<string, string?> { ["Registration:Enabled"] = "true" }))
{
    [Fact]
    public async Task Registering_CreatesAnAccountWithoutRole_ThatCanReadNothingYet()
    {
        var client = BrowserlessClient.Create(App);

        var response = await client.SubmitFormAsync("/account/register", "/account/register", new()
        {
            ["Input.Email"] = "newcomer@newsroom.example", ["Input.DisplayName"] = "<b>Newcomer</b>", ["Input.Password"] = "Newcomer#2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("If this address had no account yet, it has one now", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("newcomer@newsroom.example", "Newcomer#2026")).StatusCode);
        Assert.StartsWith("/account/access-denied", (await client.GetAsync("/articles")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/articles")).StatusCode);
    }

    [Fact]
    public async Task Registering_AnAddressThatHasAnAccount_AnswersAsForANewOne_AndChangesNothing()
    {
        async Task<string> RegisterAsync(string email) => WebUtility.HtmlDecode(await (await BrowserlessClient.Create(App)
            .SubmitFormAsync("/account/register", "/account/register", new()
            {
                ["Input.Email"] = email, ["Input.DisplayName"] = "Someone", ["Input.Password"] = "Takeover#2026",
            })).Content.ReadAsStringAsync());

        var existing = await RegisterAsync(DemoUsers.Manager);
        var fresh = await RegisterAsync("fresh@newsroom.example");

        foreach (var answer in new[] { existing, fresh })
        {
            Assert.Contains("If this address had no account yet, it has one now", answer, StringComparison.Ordinal);
            Assert.DoesNotContain("mud-alert-text-error", answer, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await BrowserlessClient.Create(App).SignInAsync(DemoUsers.Manager, "Takeover#2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BrowserlessClient.Create(App).SignInAsync(DemoUsers.Manager, DemoUsers.Password)).StatusCode);
    }

    [Theory]
    [InlineData("\u200B", "Newcomer#2026")]
    [InlineData("Someone", "weak")]
    public async Task BadInput_GetsTheSameRefusal_WhetherOrNotTheAddressHasAnAccount(string displayName, string password)
    {
        async Task<string> RegisterAsync(string email) => WebUtility.HtmlDecode(await (await BrowserlessClient.Create(App)
            .SubmitFormAsync("/account/register", "/account/register", new()
            {
                ["Input.Email"] = email, ["Input.DisplayName"] = displayName, ["Input.Password"] = password,
            })).Content.ReadAsStringAsync());
        static string Refusal(string html) =>
            System.Text.RegularExpressions.Regex.Match(html, "mud-alert-text-error[^>]*>.*?<div class=\"mud-alert-message\">(?<m>.*?)</div>",
                System.Text.RegularExpressions.RegexOptions.Singleline).Groups["m"].Value;

        var existing = Refusal(await RegisterAsync(DemoUsers.Manager));
        var fresh = Refusal(await RegisterAsync("another-fresh@newsroom.example"));

        Assert.NotEmpty(existing);
        Assert.Equal(existing, fresh);
    }

    [Fact]
    public async Task Registering_WithAWeakPassword_SaysWhy()
    {
        var response = await BrowserlessClient.Create(App).SubmitFormAsync("/account/register", "/account/register", new()
        {
            ["Input.Email"] = "weak@newsroom.example", ["Input.DisplayName"] = "Weak", ["Input.Password"] = "weak",
        });

        Assert.Contains("Passwords must be at least 10 characters.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}

/// <summary><see cref="OpenRegistrationTests"/> on PostgreSQL.</summary>
public sealed class OpenRegistrationTestsOnPostgres(PostgresDatabase database) : OpenRegistrationTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="OpenRegistrationTests"/> on the embedded SQLite default.</summary>
public sealed class OpenRegistrationTestsOnSqlite(SqliteFolder database) : OpenRegistrationTests(database), IClassFixture<SqliteFolder>;
