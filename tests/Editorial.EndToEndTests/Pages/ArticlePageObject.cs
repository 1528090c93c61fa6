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
