using System.Net;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Security;

/// <summary>Who may open which page and endpoint, over real HTTP with the real login form.</summary>
public abstract class AccessTests(ITestDatabase database) : AppTest(database.App())
{
    [Theory]
    [InlineData("/")]
    [InlineData("/articles")]
    [InlineData("/admin/users")]
    [InlineData("/articles/new")]
    public async Task Anonymous_IsSentToTheLoginPage(string path)
    {
        var response = await BrowserlessClient.Create(App).GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_CallingTheApi_Gets401_NotARedirect()
    {
        var response = await BrowserlessClient.Create(App).GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/account/login")]
    public async Task PublicEndpoints_AnswerWithoutSignIn(string path)
    {
        var response = await BrowserlessClient.Create(App).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WrongPassword_ShowsAnError_AndSetsNoCookie()
    {
        var client = BrowserlessClient.Create(App);

        var response = await client.SignInAsync(DemoUsers.Editor, "wrong password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task UnknownUser_GetsTheSameErrorAsAWrongPassword()
    {
        var response = await BrowserlessClient.Create(App).SignInAsync("nobody@newsroom.example", "whatever");

        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedFailedSignIns_LockTheAccount_EvenForTheRightPassword()
    {
        await App.CreateUserAsync("target@newsroom.example", "Editor");
        var client = BrowserlessClient.Create(App);
        for (var i = 0; i < 5; i++)
        {
            await client.SignInAsync("target@newsroom.example", "wrong password");
        }

        var response = await client.SignInAsync("target@newsroom.example", DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Wrong email or password.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task Editor_SignsIn_AndOpensTheArticles()
    {
        var client = BrowserlessClient.Create(App);

        var signIn = await client.SignInAsync(DemoUsers.Editor, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var list = await client.GetAsync("/articles");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("Kim Jong Un drives a forklift", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Editor)]
    [InlineData(DemoUsers.FactChecker)]
    [InlineData(DemoUsers.Manager)]
    public async Task NonAdmins_AreRefusedTheUserAdministration(string email)
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(email, DemoUsers.Password);

        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_OpensTheUserAdministration()
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.Admin, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task FactChecker_IsRefusedTheEditorPage()
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.FactChecker, DemoUsers.Password);

        var response = await client.GetAsync("/articles/new");

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserWithoutARole_IsRefusedPagesAndTheApi()
    {
        await App.CreateUserAsync("new.hire@newsroom.example");
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync("new.hire@newsroom.example", DemoUsers.Password);

        var page = await client.GetAsync("/articles");
        var api = await client.GetAsync("/api/articles");

        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
    }

    [Fact]
    public async Task FactChecker_PostingAnArticleThroughTheApi_GetsProblemJson403()
    {
        var client = await ApiClient.ForAsync(App, DemoUsers.FactChecker);

        var response = await client.PostAsJsonAsync("/api/articles", new { title = "Sneaky", body = "text" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\u200B")]
    [InlineData("\u2060\uFEFF\u200B")]
    public async Task Editor_PostingAnEmptyOrInvisibleTitleThroughTheApi_GetsAClearProblem(string title)
    {
        var client = await ApiClient.ForAsync(App, DemoUsers.Editor);

        var response = await client.PostAsJsonAsync("/api/articles", new { title, body = "text" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The title is required.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_RendersHtmlInTheTextEscaped()
    {
        var client = BrowserlessClient.Create(App);
        await client.SignInAsync(DemoUsers.Editor, DemoUsers.Password);
        var created = await (await ApiClient.ForAsync(App, DemoUsers.Editor)).PostAsJsonAsync("/api/articles", new { title = "Escaping", body = "<script>alert('pwned')</script>" });
        var location = created.Headers.Location!.ToString().Replace("/api", string.Empty, StringComparison.Ordinal);

        var html = await client.GetStringAsync(location);

        Assert.DoesNotContain("<script>alert('pwned')</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}

/// <summary><see cref="AccessTests"/> on PostgreSQL.</summary>
public sealed class AccessTestsOnPostgres(PostgresDatabase database) : AccessTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="AccessTests"/> on the embedded SQLite default.</summary>
public sealed class AccessTestsOnSqlite(SqliteFolder database) : AccessTests(database), IClassFixture<SqliteFolder>;
