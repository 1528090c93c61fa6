using System.Net.Http.Json;
using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>An administrator manages accounts in the browser; preferences follow the user.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationTests(BrowserServer server)
{
    [Fact]
    public async Task Admin_CreatesAnEditor_WhoCanThenSignInAndWrite()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Admin);
        var shell = new AppShell(page);
        await shell.NavLink("Users").ClickAsync();
        await shell.WaitUntilInteractiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Create user" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Email").FillAsync("rita@newsroom.example");
        await dialog.GetByLabel("Display name").FillAsync("Rita Reporter");
        await dialog.GetByLabel("First password").FillAsync("short");
        await dialog.GetByRole(AriaRole.Checkbox, new() { Name = "Editor" }).CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();

        // A refused password keeps the dialog and what was typed.
        await Assertions.Expect(page.GetByText("Passwords must be at least 10 characters.")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByLabel("Email")).ToHaveValueAsync("rita@newsroom.example");

        await dialog.GetByLabel("First password").FillAsync("Reporter#2026");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "rita@newsroom.example", Exact = true })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        // Rita signs in with the password the admin chose, and must choose her own before anything else.
        var rita = await server.NewPageAsync();
        var login = new LoginPage(rita);
        await login.OpenAsync();
        await login.SignInAsync("rita@newsroom.example", "Reporter#2026");
        await Assertions.Expect(rita.GetByText("Your password was set by someone else.")).ToBeVisibleAsync();
        await rita.GotoAsync("/articles");
        await Assertions.Expect(rita).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/password$"));
        await rita.Locator("#current-password").FillAsync("Reporter#2026");
        await rita.Locator("#new-password").FillAsync("Rita-Own#2026");
        await rita.Locator("#confirm-password").FillAsync("Rita-Own#2026");
        await rita.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(rita.GetByText("Your password was changed.")).ToBeVisibleAsync();
        await rita.GotoAsync("/");
        await Assertions.Expect(new AppShell(rita).NavLink("New article")).ToBeVisibleAsync();
        await rita.Context.CloseAsync();
    }

    [Fact]
    public async Task Admin_FindsABurstOfFailedSignIns_InTheSecurityLog_AndVerifiesTheLog()
    {
        using (var script = new HttpClient { BaseAddress = new Uri(server.BaseUrl) })
        {
            for (var i = 0; i < 10; i++)
            {
                await script.PostAsJsonAsync("/api/auth/token", new { email = $"sprayed{i}@newsroom.example", password = "Spring2026!" });
            }
        }

        var page = await server.SignedInPageAsync(DemoUsers.Admin);
        var shell = new AppShell(page);
        await shell.NavLink("Security log").ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        // The page's own controls are enabled once it is live: choosing a kind before that is lost.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" })).ToBeEnabledAsync();
        await page.GetByLabel("Kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Burst of failed sign-ins" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Burst of failed sign-ins" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Audit logs sealed" })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify log" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("security-log-verification")).ToContainTextAsync("Intact");
        await page.Context.CloseAsync();

        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await Assertions.Expect(new AppShell(editor).NavLink("Security log")).ToHaveCountAsync(0);
        await editor.GotoAsync("/admin/security-log");
        await Assertions.Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "Security log" })).ToHaveCountAsync(0);
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task DarkMode_IsRememberedForTheUser_AcrossSessions()
    {
        var page = await server.SignedInPageAsync(DemoUsers.EditorAndFactChecker);
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var later = await server.SignedInPageAsync(DemoUsers.EditorAndFactChecker);

        await Assertions.Expect(later.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await later.Context.CloseAsync();
    }
}
