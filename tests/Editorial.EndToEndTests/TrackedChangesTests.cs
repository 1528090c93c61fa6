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
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await editor.GotoAsync("/articles/new");
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await editor.Locator("#article-title").FillAsync("Tracked story");
        await editor.Locator("#article-body").FillAsync("Kim drove a forklift on Monday.\nOver 6,000 of them were killed.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await editor.Locator("#article-body").FillAsync("Kim drove a yellow forklift on Monday.\nOver 6,500 of them were killed.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        var articleUrl = editor.Url;
        await editor.Context.CloseAsync();

        var manager = await server.SignedInPageAsync(DemoUsers.Manager);
        await manager.GotoAsync(articleUrl.TrimEnd('/') + "/changes");
        await new AppShell(manager).WaitUntilInteractiveAsync();
        await Assertions.Expect(manager.GetByTestId("pending-count")).ToContainTextAsync("2 pending changes");
        await Assertions.Expect(manager.GetByTestId("change").First).ToContainTextAsync("yellow");
        await Assertions.Expect(manager.GetByTestId("change-meta").First).ToContainTextAsync("Erin Editor · ");
        await Assertions.Expect(manager.GetByTestId("author-chip")).ToHaveTextAsync("Erin Editor (2)");

        await manager.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
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
}
