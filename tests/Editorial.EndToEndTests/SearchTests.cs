using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>Searching from the keyboard: words in, ranked articles out with their matches marked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserServer server)
{
    [Fact]
    public async Task AFactChecker_SearchesByKeyboard_SeesTheMatchMarked_AndOpensTheArticle()
    {
        var page = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var shell = new AppShell(page);
        await shell.NavLink("Search").ClickAsync();
        await shell.WaitUntilInteractiveAsync();

        await page.Locator("#search-words").FocusAsync();
        await page.Keyboard.TypeAsync("forklift memorial");
        await page.Keyboard.PressAsync("Enter");

        var results = page.GetByRole(AriaRole.List, new() { Name = "Search results" });
        var hit = results.GetByRole(AriaRole.Link, new() { Name = SampleArticle.Title });
        await Assertions.Expect(hit).ToBeVisibleAsync();
        await Assertions.Expect(results.Locator("mark").First).ToHaveTextAsync("forklift", new() { IgnoreCase = true });
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("match");
        Assert.Contains("q=forklift", page.Url, StringComparison.Ordinal);

        await hit.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = SampleArticle.Title, Level = 1 })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
