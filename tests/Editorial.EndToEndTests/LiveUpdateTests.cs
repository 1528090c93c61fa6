using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>An open article page follows the changes of the article it shows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(BrowserServer server)
{
    [Fact]
    public async Task APageThatFollowsALinkToAnotherArticle_ShowsThatArticlesChangesLive()
    {
        var page = await server.SignedInPageAsync(DemoUsers.Manager);
        var api = page.Context.APIRequest;
        var auth = await Api.AuthAsync(api);
        // The first article has a longer log than the second: the page must not carry its place in one into the other.
        var first = await Api.JsonAsync(await api.PostAsync("/api/articles", new() { Headers = auth, DataObject = new { title = "Long story", body = "Draft 0." } }));
        var revision = first.GetProperty("revisionNumber").GetInt32();
        for (var n = 1; n <= 6; n++)
        {
            var saved = await Api.JsonAsync(await api.PutAsync($"/api/articles/{first.GetProperty("id")}",
                new() { Headers = auth, DataObject = new { title = "Long story", body = $"Draft {n}.", baseRevisionNumber = revision } }));
            revision = saved.GetProperty("article").GetProperty("revisionNumber").GetInt32();
        }

        var second = await Api.JsonAsync(await api.PostAsync("/api/articles", new() { Headers = auth, DataObject = new { title = "Short story", body = "Short draft." } }));
        await page.GotoAsync($"/articles/{first.GetProperty("id")}");
        await new AppShell(page).WaitUntilInteractiveAsync();

        // An in-app link (as the bell follows one): the same page shows the other article.
        await page.EvaluateAsync("id => Blazor.navigateTo(`/articles/${id}`)", second.GetProperty("id").GetString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Short story", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("article-body")).ToContainTextAsync("Short draft.");
        var response = await api.PutAsync($"/api/articles/{second.GetProperty("id")}",
            new() { Headers = auth, DataObject = new { title = "Short story", body = "Changed while the manager watched.", baseRevisionNumber = 1 } });
        Assert.True(response.Ok, await response.TextAsync());

        await Assertions.Expect(page.GetByTestId("article-body")).ToContainTextAsync("Changed while the manager watched.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEditArrivingLive_IsMarkedForTheReader_UntilTheyHaveSeenIt()
    {
        var reader = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var api = reader.Context.APIRequest;
        var auth = await Api.AuthAsync(api);
        var story = await Api.JsonAsync(await api.PostAsync("/api/articles", new() { Headers = auth, DataObject = new { title = "Live story", body = "Over 6,000 of them were killed." } }));
        await reader.GotoAsync($"/articles/{story.GetProperty("id")}");
        await new AppShell(reader).WaitUntilInteractiveAsync();
        await Assertions.Expect(reader.GetByTestId("live-edits")).ToHaveCountAsync(0);

        var saved = await api.PutAsync($"/api/articles/{story.GetProperty("id")}",
            new() { Headers = auth, DataObject = new { title = "Live story", body = "Over 6,500 of them were killed in combat.", baseRevisionNumber = 1 } });
        Assert.True(saved.Ok, await saved.TextAsync());

        var notice = reader.GetByTestId("live-edits");
        await Assertions.Expect(notice).ToContainTextAsync("Revision 2 by Erin Editor changed the text while you were reading: 2 places changed; the new words are marked.");
        await Assertions.Expect(reader.GetByTestId("live-edit")).ToHaveTextAsync(["6,500", "in combat"]);
        await notice.GetByRole(AriaRole.Button, new() { Name = "Mark as seen" }).ClickAsync();
        await Assertions.Expect(reader.GetByTestId("live-edit")).ToHaveCountAsync(0);
        await Assertions.Expect(notice).ToHaveCountAsync(0);
        await reader.Context.CloseAsync();
    }

    [Fact]
    public async Task AReaderWhoClosesTheirBrowser_IsNoLongerShownAsHere()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        var article = new ArticlePageObject(editor);
        await article.OpenFromListAsync(SampleArticle.Title);
        var manager = await server.SignedInPageAsync(DemoUsers.Manager);
        await manager.GotoAsync(editor.Url);
        await new AppShell(manager).WaitUntilInteractiveAsync();
        await Assertions.Expect(editor.GetByTestId("presence")).ToContainTextAsync("Maya Manager");

        // The server keeps a closed tab's session for minutes in case it comes back; nobody is looking at it.
        await manager.Context.CloseAsync();

        await Assertions.Expect(editor.GetByTestId("presence").GetByText("Maya Manager")).ToHaveCountAsync(0);
        await editor.Context.CloseAsync();
    }

    // The editor's API credentials: their edits reach the page under test as anyone else's would.
}
