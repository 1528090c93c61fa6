using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>Reading the sample article, and an editor writing and revising an article.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticleTests(BrowserServer server)
{
    private const string SampleTitle = SampleArticle.Title;

    [Fact]
    public async Task SampleArticle_Opens_WithEveryParagraphOfItsText()
    {
        var page = await server.SignedInPageAsync(DemoUsers.FactChecker);
        await new AppShell(page).NavLink("Articles").ClickAsync();
        // The other browser tests write articles of their own: the sample is found by its title, as in a busy newsroom.
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.GetByLabel("Title contains").FillAsync("forklift at memorial");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = SampleTitle }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = SampleTitle, Level = 1 })).ToBeVisibleAsync();
        var paragraphs = page.GetByTestId("article-body").Locator("p");
        var expected = SampleParagraphs();
        await Assertions.Expect(paragraphs).ToHaveCountAsync(expected.Count);
        Assert.Equal(expected, await paragraphs.AllInnerTextsAsync());
        // A fact-checker reads; the editor's button is not offered.
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_CreatesAnArticleWithMarkup_SeesItAsText_ThenRevisesIt()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        var shell = new AppShell(page);
        await shell.NavLink("New article").ClickAsync();
        await shell.WaitUntilInteractiveAsync();

        await page.Locator("#article-title").FillAsync("Council <b>votes</b> on budget");
        await new TextEditor(page).ReplaceWithAsync("First paragraph <script>alert('x')</script>.\nSecond paragraph.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Council <b>votes</b> on budget", Level = 1 })).ToBeVisibleAsync();
        var paragraphs = page.GetByTestId("article-body").Locator("p");
        await Assertions.Expect(paragraphs.First).ToHaveTextAsync("First paragraph <script>alert('x')</script>.");
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await shell.WaitUntilInteractiveAsync();
        await new TextEditor(page).ExpectTextAsync("First paragraph <script>alert('x')</script>.\nSecond paragraph.");
        await new TextEditor(page).ReplaceWithAsync("First paragraph.\nSecond paragraph, now longer.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await Assertions.Expect(paragraphs.Nth(1)).ToHaveTextAsync("Second paragraph, now longer.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Editor_SavingAnEmptyTitle_IsToldWhy_AndNothingIsCreated()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        await page.GotoAsync("/articles/new");
        await new AppShell(page).WaitUntilInteractiveAsync();

        await new TextEditor(page).ReplaceWithAsync("Text without a headline.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();

        await Assertions.Expect(page.GetByText("The title is required.")).ToBeVisibleAsync();
        Assert.EndsWith("/articles/new", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await new TextEditor(page).ExpectTextAsync("Text without a headline.");
        await page.Context.CloseAsync();
    }

    // The sample's paragraphs as the reader must see them: its non-empty lines, from the seed file.
    private static List<string> SampleParagraphs()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "articles", "000_51f21ef9ecea5ff8.txt"));
        var body = text[(text.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..];
        return body.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToList();
    }
}
