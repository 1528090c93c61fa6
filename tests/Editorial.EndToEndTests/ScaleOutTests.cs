using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Editorial.EndToEndTests;

/// <summary>
/// Two instances behind the proxy, as a newsroom runs them: people signed in on different instances
/// see each other and each other's changes live, and when one instance is restarted its users carry
/// on from the other without losing what they typed.
/// </summary>
[Collection(ScaleOutCollection.Name)]
public sealed class ScaleOutTests(ScaleOutCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task TwoInstancesBehindTheProxy_ShareSessionsPresenceAndLiveUpdates_AndARollingRestartLosesNothing()
    {
        var editor = await SignInAsync("app-1", DemoUsers.Editor);
        var manager = await SignInAsync("app-2", DemoUsers.Manager);

        // Presence and live updates cross instances.
        foreach (var page in new[] { editor, manager })
        {
            await new ArticlePageObject(page).OpenFromListAsync(SampleArticle.Title);
        }

        await Assertions.Expect(manager.GetByTestId("presence")).ToContainTextAsync("Erin Editor");
        await Assertions.Expect(editor.GetByTestId("presence")).ToContainTextAsync("Maya Manager");
        var articleUrl = editor.Url;
        await editor.GotoAsync(articleUrl.TrimEnd('/') + "/edit");
        await new AppShell(editor).WaitUntilInteractiveAsync();
        var body = new TextEditor(editor);
        await body.ReplaceWithAsync(await body.TextAsync() + "\nA line saved on the first instance.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("article-body")).ToContainTextAsync("A line saved on the first instance.");

        // Rolling restart of the editor's instance while they type: the text typed since the last
        // autosave is kept by the stopping instance, and the page comes back on the other one.
        await editor.GotoAsync(articleUrl.TrimEnd('/') + "/edit");
        await new AppShell(editor).WaitUntilInteractiveAsync();
        var typed = await body.TextAsync() + "\nA line typed just before the restart.";
        await body.ReplaceWithAsync(typed);
        await Task.Delay(700); // the editor reports a change 250 ms after it; the autosave comes only every 4 s
        var stopped = System.Diagnostics.Stopwatch.StartNew();
        var account = await cluster.StopAsync("app-1");
        var exited = stopped.Elapsed;
        // Not a speed target: a stop that waited for the whole shutdown timeout was held open by something.
        Assert.True(exited < Editorial.Web.Hosting.EditorialHostBuilder.ShutdownTimeout,
            $"the stop took {exited.TotalSeconds:F1} s: the shutdown timeout ended it. The instance's requests and connections:\n" +
            string.Join('\n', account.Split('\n').Where(l => new[] { "Request ", "Connection id", "Kestrel", "Hosting", "Lifetime", "shutdown", "UnsavedWork" }
                .Any(word => l.Contains(word, StringComparison.Ordinal))).TakeLast(160)));

        var offer = editor.GetByTestId("draft-offer");
        await Assertions.Expect(offer).ToBeVisibleAsync(new() { Timeout = 60_000 });
        // Reported in docs/scale-out.md: how long the editor was without a working page.
        output.WriteLine($"SIGTERM to exit: {exited.TotalSeconds:F1} s; SIGTERM to the page back on app-2 with the typed text offered: {stopped.Elapsed.TotalSeconds:F1} s");
        Assert.Equal("app-2", await ScaleOutCluster.InstanceOfAsync(editor));
        await offer.GetByRole(AriaRole.Button, new() { Name = "Restore it" }).ClickAsync();
        await body.ExpectTextAsync(typed);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("article-body")).ToContainTextAsync("A line typed just before the restart.");
        await Assertions.Expect(manager.GetByTestId("article-body")).ToContainTextAsync("A line saved on the first instance.");

        // The restarted instance takes new sessions again, and they see the others.
        await cluster.StartAsync("app-1");
        var factChecker = await SignInAsync("app-1", DemoUsers.FactChecker);
        await new ArticlePageObject(factChecker).OpenFromListAsync(SampleArticle.Title);
        await Assertions.Expect(factChecker.GetByTestId("article-body")).ToContainTextAsync("A line typed just before the restart.");
        await Assertions.Expect(manager.GetByTestId("presence")).ToContainTextAsync("Farid Factchecker");

        foreach (var page in new[] { editor, manager, factChecker })
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IPage> SignInAsync(string instance, string email)
    {
        var page = await cluster.PageOnAsync(instance);
        await new LoginPage(page).SignInAsync(email, DemoUsers.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await new AppShell(page).WaitUntilInteractiveAsync();
        Assert.Equal(instance, await ScaleOutCluster.InstanceOfAsync(page));
        return page;
    }
}
