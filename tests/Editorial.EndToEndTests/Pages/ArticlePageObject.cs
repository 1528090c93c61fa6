using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>An article page, with its workflow panel and timeline.</summary>
public sealed class ArticlePageObject(IPage page)
{
    /// <summary>Opens the article with this title from the list and waits until it is live.</summary>
    public async Task OpenFromListAsync(string title)
    {
        await page.GotoAsync("/articles");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await new AppShell(page).WaitUntilInteractiveAsync();
        await Workflow.WaitForAsync();
    }

    /// <summary>Writes a new article in the editor and waits until its page is live; returns the page's address.</summary>
    public async Task<string> CreateAsync(string title, string body)
    {
        await page.GotoAsync("/articles/new");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.Locator("#article-title").FillAsync(title);
        await new TextEditor(page).ReplaceWithAsync(body);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");
        await new AppShell(page).WaitUntilInteractiveAsync();
        return page.Url;
    }

    /// <summary>The workflow panel.</summary>
    public ILocator Workflow => page.GetByLabel("Workflow", new() { Exact = true });

    /// <summary>The stage the stepper marks as current.</summary>
    public ILocator CurrentStage => page.Locator("[aria-current=step]");

    /// <summary>A button of the workflow panel.</summary>
    public ILocator Button(string name) => Workflow.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>Clicks a workflow button, fills the dialog's text if given, and confirms.</summary>
    public async Task ActAsync(string button, string confirm, string? text = null)
    {
        await Button(button).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        if (text is not null)
        {
            await dialog.Locator("#action-text").FillAsync(text);
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = confirm, Exact = true }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>The timeline's entries.</summary>
    public ILocator Timeline => page.GetByTestId("timeline");
}
