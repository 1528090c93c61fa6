using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>A reviewer decides on an editor's tracked changes, each shown with its author: rejects one, accepts the rest.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrackedChangesTests(BrowserServer server)
{
    [Fact]
    public async Task AReviewer_RejectsOneChange_AndAcceptsTheRest()
    {
        var articleUrl = await EditedArticleAsync("Tracked story");

        var manager = await server.SignedInPageAsync(DemoUsers.Manager);
        await manager.GotoAsync(articleUrl.TrimEnd('/') + "/changes");
        await new AppShell(manager).WaitUntilInteractiveAsync();
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("2 pending changes");
        await Assertions.Expect(manager.GetByTestId("change").First).ToContainTextAsync("yellow");
        await Assertions.Expect(manager.GetByTestId("change-meta").First).ToContainTextAsync("Erin Editor · ");
        await Assertions.Expect(manager.GetByTestId("author-chip")).ToHaveTextAsync("Erin Editor (2)");

        // A click on a change puts it under review, with its author and buttons above it.
        await manager.GetByTestId("change").Nth(1).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("change-position")).ToHaveTextAsync("Change 2 of 2");
        await Assertions.Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Accept change 2" })).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Accept change 1" })).ToBeHiddenAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("change-position")).ToHaveTextAsync("Change 1 of 2");
        await Assertions.Expect(manager.Locator("[data-testid=change][aria-current=true]")).ToBeFocusedAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Reject and next" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("1 pending change");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Accept all" }).ClickAsync();
        await manager.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Accept all" }).ClickAsync();

        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("0 pending changes");
        var text = manager.GetByTestId("tracked-text");
        await Assertions.Expect(text).ToContainTextAsync("Kim drove a forklift on Monday.");
        await Assertions.Expect(text).ToContainTextAsync("Over 6,500 of them were killed.");
        await manager.Context.CloseAsync();
    }

    [Fact]
    public async Task AReviewer_UsesOnlyTheKeyboard_AndTheFocusStaysOnTheChangeUnderReview()
    {
        var articleUrl = await EditedArticleAsync("Keyboard story", "Kim drove a forklift on Monday.\nOver 6,000 of them were killed.\nThe site is secret.",
            "Kim drove a yellow forklift on Monday.\nOver 6,500 of them were killed.\nThe site is closed.");
        var manager = await server.SignedInPageAsync(DemoUsers.Manager);
        await manager.GotoAsync(articleUrl.TrimEnd('/') + "/changes");
        await new AppShell(manager).WaitUntilInteractiveAsync();
        var current = manager.Locator("[data-testid=change][aria-current=true]");

        // Tab to "Next", Enter: the first change has the focus; N and P move.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Next" }).FocusAsync();
        await manager.Keyboard.PressAsync("Enter");
        await Assertions.Expect(current).ToBeFocusedAsync();
        await Assertions.Expect(current).ToContainTextAsync("yellow");
        await manager.Keyboard.PressAsync("n");
        await Assertions.Expect(current).ToContainTextAsync("6,500");
        await Assertions.Expect(current).ToBeFocusedAsync();
        await manager.Keyboard.PressAsync("p");
        await Assertions.Expect(current).ToContainTextAsync("yellow");
        await Assertions.Expect(current).ToBeFocusedAsync();

        // R rejects it; the next change takes its place and the focus.
        await manager.Keyboard.PressAsync("r");
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("2 pending changes");
        await Assertions.Expect(current).ToContainTextAsync("6,500");
        await Assertions.Expect(current).ToBeFocusedAsync();

        // A change's own ✓ does the same: the one after it is reviewed next.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Accept change 1" }).FocusAsync();
        await manager.Keyboard.PressAsync("Enter");
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("1 pending change");
        await Assertions.Expect(current).ToContainTextAsync("closed");
        await Assertions.Expect(current).ToBeFocusedAsync();
        await Assertions.Expect(manager.GetByTestId("change-position")).ToHaveTextAsync("Change 1 of 1");

        await manager.Keyboard.PressAsync("a");
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("0 pending changes");
        var text = manager.GetByTestId("tracked-text");
        await Assertions.Expect(text).ToContainTextAsync("Kim drove a forklift on Monday.");
        await Assertions.Expect(text).ToContainTextAsync("Over 6,500 of them were killed.");
        await Assertions.Expect(text).ToContainTextAsync("The site is closed.");
        await manager.Context.CloseAsync();
    }

    // An article an editor wrote and then edited once: its edits are the pending changes.
    private async Task<string> EditedArticleAsync(string title, string first = "Kim drove a forklift on Monday.\nOver 6,000 of them were killed.",
        string second = "Kim drove a yellow forklift on Monday.\nOver 6,500 of them were killed.")
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        var articleUrl = await new ArticlePageObject(editor).CreateAsync(title, first);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await new TextEditor(editor).ReplaceWithAsync(second);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await editor.Context.CloseAsync();
        return articleUrl;
    }
}
