using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>Text typed but never saved survives the tab closing, and is offered back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AutosaveTests(BrowserServer server)
{
    [Fact]
    public async Task UnsavedText_IsAutosaved_AndRestoredAfterTheTabIsClosed()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Editor);
        await page.GotoAsync("/articles/new");
        await new AppShell(page).WaitUntilInteractiveAsync();
        await page.Locator("#article-title").FillAsync("Autosaved story");
        await new TextEditor(page).ReplaceWithAsync("First line.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");
        var editUrl = page.Url.TrimEnd('/') + "/edit";

        await page.GotoAsync(editUrl);
        await new AppShell(page).WaitUntilInteractiveAsync();
        await new TextEditor(page).ReplaceWithAsync("First line.\nA paragraph typed but never saved.");
        await Assertions.Expect(page.GetByTestId("autosaved")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var later = await server.SignedInPageAsync(DemoUsers.Editor);
        await later.GotoAsync(editUrl);
        await new AppShell(later).WaitUntilInteractiveAsync();
        await Assertions.Expect(later.GetByTestId("draft-offer")).ToBeVisibleAsync();
        await later.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await new TextEditor(later).ExpectTextAsync("First line.\nA paragraph typed but never saved.");
        await later.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(later.GetByTestId("article-body")).ToContainTextAsync("A paragraph typed but never saved.");
        await later.Context.CloseAsync();
    }
}
