using System.Collections.Concurrent;
using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The app works under its own Content-Security-Policy: Chromium reports no violation while a user
/// signs in, opens the sample article live (the circuit, MudBlazor's scripts, the selection module)
/// and moves through its pages.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserServer server)
{
    [Fact]
    public async Task AJourneyThroughTheApp_ReportsNoPolicyViolation()
    {
        var violations = new ConcurrentQueue<string>();
        var page = await server.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => violations.Enqueue("page error: " + error);

        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.SignInAsync(DemoUsers.FactChecker, DemoUsers.Password);
        await new AppShell(page).WaitUntilInteractiveAsync();
        var article = new ArticlePageObject(page);
        await article.OpenFromListAsync(SampleArticle.Title);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Claims" }).ClickAsync();
        await page.GotoAsync("/");
        await new AppShell(page).WaitUntilInteractiveAsync();

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }
}
