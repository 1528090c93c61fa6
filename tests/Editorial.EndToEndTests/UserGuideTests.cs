using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The screens of the illustrated guide in README.md, as a newsroom reaches them with the demo users:
/// each is checked to show what the guide says, then saved as a picture. docs/guide/screenshots.sh
/// runs this test with EDITORIAL_GUIDE_DIR=docs/guide to regenerate the pictures the README shows;
/// otherwise they go to the test's output folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UserGuideTests(BrowserServer server)
{
    private static readonly string Pictures = Environment.GetEnvironmentVariable("EDITORIAL_GUIDE_DIR") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "guide");

    [Fact]
    public async Task TheGuidesScreens_ShowWhatItSays()
    {
        // An editor writes the sample story anew (the shared sample article stays as other tests expect it).
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await editor.SetViewportSizeAsync(1280, 800);
        await new ArticlePageObject(editor).OpenFromListAsync(SampleArticle.Title);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        var body = await new TextEditor(editor).TextAsync();
        var article = await new ArticlePageObject(editor).CreateAsync("Kim Jong Un at a memorial for troops killed in Ukraine", body);
        await new CommentsPageObject(editor).CommentAsync("a rare and unexpected moment", "Rare by whose count? Cut “unexpected”?");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await new TextEditor(editor).ReplaceWithAsync(body.Replace("approximately 14,000 troops", "about 14,000 troops", StringComparison.Ordinal));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await editor.GotoAsync("/");
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Heading, new() { Name = "Needs my action" })).ToBeVisibleAsync();
        await SaveAsync(editor, "1-dashboard");

        // A fact-checker flags a claim and works on it: the comment and the claim sit beside their words.
        var factChecker = await server.SignedInPageAsync(DemoUsers.FactChecker);
        await factChecker.SetViewportSizeAsync(1280, 800);
        await factChecker.GotoAsync(article);
        await new AppShell(factChecker).WaitUntilInteractiveAsync();
        var claims = new ClaimsPageObject(factChecker);
        await claims.FlagAsync("over 6,000 of them killed", "South Korean, Ukrainian and Western intelligence sources");
        await claims.OpenAsync();
        await claims.Claims.GetByTestId("claim-quote").ClickAsync();
        await Assertions.Expect(claims.Claims.GetByRole(AriaRole.Button, new() { Name = "Add source" })).ToBeVisibleAsync();
        await factChecker.GetByTestId("claim-highlight").First.ScrollIntoViewIfNeededAsync();
        await SaveAsync(factChecker, "2-claim");

        // The editor reviews the tracked change.
        await editor.GotoAsync(article.TrimEnd('/') + "/changes");
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await Assertions.Expect(editor.GetByTestId("pending-count")).ToContainTextAsync("1 pending change");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await SaveAsync(editor, "3-tracked-changes");

        // On a phone: one part of the review at a time.
        await factChecker.SetViewportSizeAsync(390, 844);
        await factChecker.GetByRole(AriaRole.Navigation, new() { Name = "Review parts" }).GetByRole(AriaRole.Button, new() { Name = "Comments & claims" }).ClickAsync();
        await Assertions.Expect(claims.Panel).ToBeVisibleAsync();
        await factChecker.EvaluateAsync("() => window.scrollTo(0, 0)");
        await SaveAsync(factChecker, "4-phone");

        await editor.Context.CloseAsync();
        await factChecker.Context.CloseAsync();
    }

    // The screen as the user sees it once messages have gone (they would cover part of it).
    private static async Task SaveAsync(IPage page, string name)
    {
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToHaveCountAsync(0, new() { Timeout = 10_000 });
        Directory.CreateDirectory(Pictures);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Pictures, $"{name}.png") });
    }
}
