using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The article page's text selection, comment dialog and comments panel.</summary>
public sealed class CommentsPageObject(IPage page)
{
    /// <summary>The side panel.</summary>
    public ILocator Panel => page.GetByTestId("comments-panel");

    /// <summary>The threads the panel lists.</summary>
    public ILocator Threads => Panel.GetByTestId("comment-thread");

    /// <summary>Highlighted words in the text.</summary>
    public ILocator Highlights => page.GetByTestId("comment-highlight");

    /// <summary>Selects the first occurrence of <paramref name="words"/> in the body, as a reader would with the mouse.</summary>
    public async Task SelectAsync(string words)
    {
        // A reader scrolls to the words before selecting them.
        await page.GetByTestId("article-body").Locator("p", new() { HasText = words }).First.ScrollIntoViewIfNeededAsync();

        await BrowserSelection.SelectAsync(page.GetByTestId("article-body"), words);
    }

    /// <summary>Selects <paramref name="words"/>, clicks Comment on the toolbar, writes and saves the comment.</summary>
    public async Task CommentAsync(string words, string text)
    {
        await SelectAsync(words);
        await page.GetByTestId("selection-toolbar").GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("dialog-quote")).ToHaveTextAsync($"“{words}”");
        await dialog.Locator("#comment-text").FillAsync(text);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Shows the threads of one filter ("Open", "Orphaned", …).</summary>
    public Task FilterAsync(string filter) => Panel.Locator(".mud-chip", new() { HasTextString = filter }).ClickAsync();
}
