using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// An editor comments on words of an article; a fact-checker sees it appear live and replies; an
/// edit elsewhere keeps the highlight on the same words; deleting the words orphans the comment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommentTests(BrowserServer server)
{
    [Fact]
    public async Task ACommentIsSeenLive_Answered_FollowsItsWordsThroughAnEdit_AndIsOrphanedWhenTheyGo()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        var articleUrl = await new ArticlePageObject(editor).CreateAsync("Commented story", ShortArticle.Body);

        var factChecker = await server.SignedInPageAsync(DemoUsers.FactChecker);
        await factChecker.GotoAsync(articleUrl);
        await new AppShell(factChecker).WaitUntilInteractiveAsync();
        var theirs = new CommentsPageObject(factChecker);
        await Assertions.Expect(theirs.Panel).ToBeVisibleAsync();

        var mine = new CommentsPageObject(editor);
        await mine.CommentAsync("6,000 of them", "Source for this figure? <b>not bold</b>");
        await Assertions.Expect(mine.Highlights).ToHaveTextAsync("6,000 of them");

        // The fact-checker's page shows it without reloading, and they reply.
        await Assertions.Expect(theirs.Threads).ToHaveCountAsync(1);
        await Assertions.Expect(theirs.Threads.GetByTestId("comment-text")).ToHaveTextAsync("Source for this figure? <b>not bold</b>");
        await Assertions.Expect(theirs.Highlights).ToHaveTextAsync("6,000 of them");
        await theirs.Highlights.ClickAsync();
        await theirs.Threads.GetByLabel("Reply").FillAsync("Ministry of Defence figure, @editor.");
        await theirs.Threads.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true }).ClickAsync();
        await Assertions.Expect(mine.Threads.GetByTestId("comment-reply")).ToContainTextAsync("Ministry of Defence figure");

        // An edit elsewhere: the highlight stays on the same words.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await new TextEditor(editor).ReplaceWithAsync(ShortArticle.Body.Replace("Kim visited", "Kim Jong Un visited", StringComparison.Ordinal));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await Assertions.Expect(theirs.Highlights).ToHaveTextAsync("6,000 of them");

        // Deleting the words: the comment moves to the orphans.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await new TextEditor(editor).ReplaceWithAsync("Kim Jong Un visited the memorial on Monday.\nMany were killed in combat.\nThe site is secret.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 3.")).ToBeVisibleAsync();

        await Assertions.Expect(theirs.Highlights).ToHaveCountAsync(0);
        await theirs.FilterAsync("Orphaned");
        await Assertions.Expect(theirs.Threads).ToHaveCountAsync(1);
        await Assertions.Expect(theirs.Threads.GetByTestId("anchor-status")).ToContainTextAsync("Orphaned");
        await Assertions.Expect(theirs.Threads.GetByTestId("comment-quote")).ToHaveTextAsync("“6,000 of them”");
        await editor.Context.CloseAsync();
        await factChecker.Context.CloseAsync();
    }

    [Fact]
    public async Task ACommentOnWordsEditedWhileTheDialogWasOpen_IsRefused_NotPutOnOtherWords()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        var articleUrl = await new ArticlePageObject(editor).CreateAsync("Moving story", ShortArticle.Body);

        var commenter = await server.SignedInPageAsync(DemoUsers.FactChecker);
        await commenter.GotoAsync(articleUrl);
        await new AppShell(commenter).WaitUntilInteractiveAsync();
        var comments = new CommentsPageObject(commenter);
        await comments.SelectAsync("6,000 of them");
        await commenter.GetByTestId("selection-toolbar").GetByRole(AriaRole.Button, new() { Name = "Comment" }).ClickAsync();

        // While the dialog is open, the editor puts a new paragraph above the selected words.
        await editor.GetByRole(AriaRole.Link, new() { Name = "Edit", Exact = true }).ClickAsync();
        await new AppShell(editor).WaitUntilInteractiveAsync();
        await new TextEditor(editor).ReplaceWithAsync("A new first paragraph, quite long.\n" + ShortArticle.Body);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Saved as revision 2.")).ToBeVisibleAsync();
        await Assertions.Expect(commenter.GetByTestId("revision")).ToContainTextAsync("Revision 2 ·");

        var dialog = commenter.GetByRole(AriaRole.Dialog);
        await dialog.Locator("#comment-text").FillAsync("Source?");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();

        await Assertions.Expect(commenter.GetByText("The text changed since you selected it")).ToBeVisibleAsync();
        await Assertions.Expect(comments.Highlights).ToHaveCountAsync(0);
        await editor.Context.CloseAsync();
        await commenter.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEditorComments_Replies_AndResolves_WithTheKeyboardAlone()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await new ArticlePageObject(editor).CreateAsync("Keyboard comments", ShortArticle.Body);
        var comments = new CommentsPageObject(editor);
        var dialog = editor.GetByRole(AriaRole.Dialog);

        // Ctrl+Alt+M on selected words: the comment box has the focus, and Escape closes the dialog unsent.
        await comments.SelectAsync("6,000 of them");
        await Assertions.Expect(editor.GetByTestId("selection-toolbar")).ToBeVisibleAsync();
        await editor.Keyboard.PressAsync("Control+Alt+m");
        await Assertions.Expect(dialog.Locator("#comment-text")).ToBeFocusedAsync();
        await Assertions.Expect(editor.GetByTestId("selection-toolbar")).ToHaveCountAsync(0);
        await editor.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(comments.Threads).ToHaveCountAsync(0);

        await comments.SelectAsync("6,000 of them");
        await Assertions.Expect(editor.GetByTestId("selection-toolbar")).ToBeVisibleAsync();
        await editor.Keyboard.PressAsync("Control+Alt+m");
        await editor.Keyboard.TypeAsync("Source for this figure?");
        var send = dialog.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true });
        await Assertions.Expect(send).ToBeEnabledAsync();
        await send.FocusAsync();
        await editor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(comments.Threads.GetByTestId("comment-text")).ToHaveTextAsync("Source for this figure?");

        // The thread opens from its quote; Reply and Resolve are the next stops of the Tab key.
        var opener = comments.Threads.GetByRole(AriaRole.Button, new() { Name = "Comment by Erin Editor on “6,000 of them”" });
        await opener.FocusAsync();
        await editor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");
        await editor.Keyboard.PressAsync("Tab");
        await Assertions.Expect(comments.Threads.GetByLabel("Reply")).ToBeFocusedAsync();
        await editor.Keyboard.TypeAsync("Ministry of Defence.");
        await editor.Keyboard.PressAsync("Tab");
        await Assertions.Expect(comments.Threads.GetByRole(AriaRole.Button, new() { Name = "Reply", Exact = true })).ToBeFocusedAsync();
        await editor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(comments.Threads.GetByTestId("reply-text")).ToHaveTextAsync("Ministry of Defence.");
        await comments.Threads.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).FocusAsync();
        await editor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(comments.Threads).ToHaveCountAsync(0);
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task ALinkFromTheBellOrAnEmail_OpensTheCommentOrClaimItIsAbout_WithTheFocusOnIt()
    {
        var factChecker = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var api = factChecker.Context.APIRequest;
        var asEditor = await Api.AuthAsync(api, DemoUsers.Editor);
        var article = await Api.JsonAsync(await api.PostAsync("/api/articles",
            new() { Headers = asEditor, DataObject = new { title = "Linked from the bell", body = ShortArticle.Body } }));
        var id = article.GetProperty("id").GetString();
        int At(string words) => ShortArticle.Body.IndexOf(words, StringComparison.Ordinal);
        // Two threads: the link opens the one that mentions the fact-checker, not the first.
        await Api.JsonAsync(await api.PostAsync($"/api/articles/{id}/annotations",
            new() { Headers = asEditor, DataObject = new { revisionNumber = 1, start = At("memorial"), end = At("memorial") + 8, text = "Which one?" } }));
        await Api.JsonAsync(await api.PostAsync($"/api/articles/{id}/annotations",
            new() { Headers = asEditor, DataObject = new { revisionNumber = 1, start = At("6,000"), end = At("6,000") + 5, text = "@factchecker sourced?" } }));
        var claim = await Api.JsonAsync(await api.PostAsync($"/api/articles/{id}/claims",
            new() { Headers = asEditor, DataObject = new { revisionNumber = 1, start = At("secret"), end = At("secret") + 6, claimant = "Officials" } }));

        await factChecker.GotoAsync("/articles");
        await new AppShell(factChecker).WaitUntilInteractiveAsync();
        await factChecker.GetByRole(AriaRole.Button, new() { Name = "Notifications" }).ClickAsync();
        await factChecker.GetByRole(AriaRole.Button, new() { Name = "You were mentioned in a comment on “Linked from the bell”" }).ClickAsync();

        await Assertions.Expect(factChecker).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/articles/{id}\\?thread="));
        var mention = factChecker.GetByRole(AriaRole.Button, new() { Name = "Comment by Erin Editor on “6,000”" });
        await Assertions.Expect(mention).ToBeFocusedAsync();
        await Assertions.Expect(mention).ToHaveAttributeAsync("aria-expanded", "true");

        // A claim's link (as a "claim to check" e-mail has): the Claims tab, the claim open and focused.
        await factChecker.GotoAsync($"/articles/{id}?claim={claim.GetProperty("id").GetString()}");
        await new AppShell(factChecker).WaitUntilInteractiveAsync();
        var opener = factChecker.GetByTestId("claims-panel").GetByRole(AriaRole.Button, new() { Name = "Claim “secret”", Exact = false });
        await Assertions.Expect(opener).ToBeFocusedAsync();
        await Assertions.Expect(opener).ToHaveAttributeAsync("aria-expanded", "true");

        // A link to a comment that is gone says so, and the page still works.
        await factChecker.GotoAsync($"/articles/{id}?thread={Guid.NewGuid()}");
        await Assertions.Expect(factChecker.GetByText("The comment you were sent to is no longer here: it was deleted.")).ToBeVisibleAsync();
        await factChecker.Context.CloseAsync();
    }
}
