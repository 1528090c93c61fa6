using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>Two editors edit one article at the same time; neither edit is lost.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConcurrentEditingTests(BrowserServer server)
{
    [Fact]
    public async Task TwoEditors_EditAtOnce_BothEditsAreKept()
    {
        var first = await server.SignedInPageAsync(DemoUsers.Editor);
        await first.GotoAsync("/articles/new");
        await new AppShell(first).WaitUntilInteractiveAsync();
        await first.Locator("#article-title").FillAsync("Shared story");
        await new TextEditor(first).ReplaceWithAsync("Kim drove a forklift on Monday.\nOver 6,000 of them were killed.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Create article" }).ClickAsync();
        await Assertions.Expect(first.GetByTestId("revision")).ToContainTextAsync("Revision 1 ·");
        var editUrl = first.Url.TrimEnd('/') + "/edit";

        var second = await server.SignedInPageAsync(DemoUsers.EditorAndFactChecker);
        foreach (var page in new[] { first, second })
        {
            await page.GotoAsync(editUrl);
            await new AppShell(page).WaitUntilInteractiveAsync();
            await new TextEditor(page).ExpectTextAsync("Kim drove a forklift on Monday.\nOver 6,000 of them were killed.");
        }

        await new TextEditor(first).ReplaceWithAsync("Kim drove a yellow forklift on Monday.\nOver 6,000 of them were killed.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(first.GetByText("Saved as revision 2.")).ToBeVisibleAsync();

        await new TextEditor(second).ReplaceWithAsync("Kim drove a forklift on Monday.\nOver 6,500 of them were killed.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(second.GetByText("Merged with the changes saved meanwhile; saved as revision 3.")).ToBeVisibleAsync();
        var body = second.GetByTestId("article-body");
        await Assertions.Expect(body).ToContainTextAsync("Kim drove a yellow forklift on Monday.");
        await Assertions.Expect(body).ToContainTextAsync("Over 6,500 of them were killed.");
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
