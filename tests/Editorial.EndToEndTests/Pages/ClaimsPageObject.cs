using Microsoft.Playwright;

namespace Editorial.EndToEndTests.Pages;

/// <summary>The article page's Claims tab.</summary>
public sealed class ClaimsPageObject(IPage page)
{
    /// <summary>The claims panel.</summary>
    public ILocator Panel => page.GetByTestId("claims-panel");

    /// <summary>The claims it lists.</summary>
    public ILocator Claims => Panel.GetByTestId("claim");

    /// <summary>Opens the Claims tab.</summary>
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Claims") }).ClickAsync();
        await Assertions.Expect(Panel).ToBeVisibleAsync();
    }

    /// <summary>Selects <paramref name="words"/> and flags them as a claim made by <paramref name="claimant"/>.</summary>
    public async Task FlagAsync(string words, string claimant)
    {
        await new CommentsPageObject(page).SelectAsync(words);
        await page.GetByTestId("selection-toolbar").GetByRole(AriaRole.Button, new() { Name = "Flag claim" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#claimant").FillAsync(claimant);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Flag claim" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>Adds a source to the (selected) claim.</summary>
    public async Task AddSourceAsync(string url, string title, string publisher)
    {
        await Claims.Locator("#source-url").FillAsync(url);
        await Claims.Locator("#source-title").FillAsync(title);
        await Claims.Locator("#source-publisher").FillAsync(publisher);
        await Claims.GetByRole(AriaRole.Button, new() { Name = "Add source" }).ClickAsync();
        await Assertions.Expect(Claims.GetByTestId("claim-source")).ToContainTextAsync(title);
    }

    /// <summary>Saves the status chosen in the card (Verified by default) with a verdict.</summary>
    public async Task VerifyAsync(string verdict)
    {
        // An unchecked claim offers no status until one is chosen.
        await Claims.GetByLabel("Status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "Verified", Exact = true }).ClickAsync();
        await Claims.Locator("#claim-verdict").FillAsync(verdict);
        await Claims.GetByRole(AriaRole.Button, new() { Name = "Save status" }).ClickAsync();
        await Assertions.Expect(Claims.GetByTestId("claim-status")).ToHaveTextAsync("Verified");
    }
}
