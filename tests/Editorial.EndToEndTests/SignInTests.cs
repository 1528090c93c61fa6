using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>Each demo user signs in and sees what their roles allow; a wrong password is refused.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserServer server)
{
    public static TheoryData<string, string, string[], string[]> DemoUsersAndTheirMenus => new()
    {
        { DemoUsers.Editor, "Erin Editor", ["Articles", "New article"], ["Users"] },
        { DemoUsers.FactChecker, "Farid Factchecker", ["Articles"], ["New article", "Users"] },
        { DemoUsers.Manager, "Maya Manager", ["Articles"], ["New article", "Users"] },
        { DemoUsers.Admin, "Ada Admin", ["Articles", "Users"], ["New article"] },
        { DemoUsers.EditorAndFactChecker, "Eli Both", ["Articles", "New article"], ["Users"] },
    };

    [Theory]
    [MemberData(nameof(DemoUsersAndTheirMenus))]
    public async Task DemoUser_SignsIn_AndSeesWhatTheirRolesAllow(string email, string name, string[] visible, string[] hidden)
    {
        var page = await server.NewPageAsync();
        var login = new LoginPage(page);
        var shell = new AppShell(page);

        await login.OpenAsync();
        await login.SignInAsync(email, DemoUsers.Password);

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(shell.SignedInUser).ToHaveTextAsync(name);

        // The page is the main landmark, and a skip link, the first thing on the page, leads to it.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("body a").First).ToHaveAttributeAsync("href", "#main");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveAttributeAsync("id", "main");
        foreach (var link in visible)
        {
            await Assertions.Expect(shell.NavLink(link)).ToBeVisibleAsync();
        }

        foreach (var link in hidden)
        {
            await Assertions.Expect(shell.NavLink(link)).ToHaveCountAsync(0);
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WrongPassword_ShowsTheError_AndStaysOnTheSignInPage()
    {
        var page = await server.NewPageAsync();
        var login = new LoginPage(page);

        await login.OpenAsync();
        await login.SignInAsync(DemoUsers.Manager, "not the password");

        await Assertions.Expect(login.Error).ToContainTextAsync("Wrong email or password.");
        Assert.EndsWith("/account/login", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_OpensTheUserAdministration_AndSeesEveryDemoUser()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Admin);

        await new AppShell(page).NavLink("Users").ClickAsync();

        foreach (var email in new[] { DemoUsers.Editor, DemoUsers.FactChecker, DemoUsers.Manager, DemoUsers.Admin, DemoUsers.EditorAndFactChecker })
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = email, Exact = true })).ToBeVisibleAsync();
        }

        await page.Context.CloseAsync();
    }
}
