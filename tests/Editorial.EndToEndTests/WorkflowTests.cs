using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>The sample article through the whole workflow, by the demo users, in their own browsers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkflowTests(BrowserServer server)
{
    private const string SampleTitle = SampleArticle.Title;

    [Fact]
    public async Task SampleArticle_GoesFromDraftToApproved_AndIsReopened()
    {
        var factCheckerPage = await server.SignedInPageAsync(DemoUsers.FactChecker);
        var factChecker = new ArticlePageObject(factCheckerPage);
        await factChecker.OpenFromListAsync(SampleTitle);
        await Assertions.Expect(factChecker.CurrentStage).ToHaveTextAsync("Draft");

        // The editor submits; the fact-checker's open page follows without a reload.
        var editorPage = await server.SignedInPageAsync(DemoUsers.Editor);
        var editor = new ArticlePageObject(editorPage);
        await editor.OpenFromListAsync(SampleTitle);
        await Assertions.Expect(factCheckerPage.GetByTestId("presence")).ToContainTextAsync("Erin Editor");
        var comments = new CommentsPageObject(editorPage);
        await comments.CommentAsync("a rare and unexpected moment", "Rare by whose count?");
        // The comment is saved (the timeline says so): while it is, the workflow buttons are disabled.
        await Assertions.Expect(editor.Timeline).ToContainTextAsync("Erin Editor commented on “a rare and unexpected moment”.");
        await editor.ActAsync("Submit for sourcing check", "Submit for sourcing check");
        await Assertions.Expect(editor.CurrentStage).ToHaveTextAsync("Sourcing check");
        await Assertions.Expect(factChecker.CurrentStage).ToHaveTextAsync("Sourcing check");

        // The manager signs first, then the fact-checker: the last sign-off approves.
        var managerPage = await server.SignedInPageAsync(DemoUsers.Manager);
        var manager = new ArticlePageObject(managerPage);
        await manager.OpenFromListAsync(SampleTitle);
        await manager.ActAsync("Sign off as Manager", "Sign off as Manager");
        await Assertions.Expect(manager.Workflow.GetByTestId("requirement-Manager")).ToContainTextAsync("1 of 1 (done)");
        await Assertions.Expect(manager.CurrentStage).ToHaveTextAsync("Sourcing check");

        await factChecker.ActAsync("Sign off as FactChecker", "Sign off as FactChecker", "Figures match the sources.");
        await Assertions.Expect(factChecker.CurrentStage).ToHaveTextAsync("Approved");
        await Assertions.Expect(manager.CurrentStage).ToHaveTextAsync("Approved");
        await Assertions.Expect(editorPage.GetByText("so its text is read-only")).ToBeVisibleAsync();

        // Approved with a comment still open: whoever opens it is told, until the thread is resolved.
        var openComments = editorPage.GetByTestId("open-comments-on-final-text");
        await Assertions.Expect(openComments).ToContainTextAsync("This article is approved, and 1 comment thread is still open.");
        await comments.Threads.GetByTestId("comment-quote").ClickAsync();
        await comments.Threads.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(openComments).ToHaveCountAsync(0);

        // The manager reopens it, with a reason.
        await manager.Button("Reopen").ClickAsync();
        var dialog = managerPage.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reopen", Exact = true })).ToBeDisabledAsync();
        await dialog.Locator("#action-text").FillAsync("A correction arrived from Seoul.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reopen", Exact = true }).ClickAsync();

        await Assertions.Expect(manager.CurrentStage).ToHaveTextAsync("Draft");
        await Assertions.Expect(manager.Timeline).ToContainTextAsync("With the last required sign-off, the article moved to Approved.");
        await Assertions.Expect(manager.Timeline).ToContainTextAsync("A correction arrived from Seoul.");
        await managerPage.GetByRole(AriaRole.Button, new() { Name = "Verify log" }).ClickAsync();
        await Assertions.Expect(managerPage.GetByTestId("verification")).ToContainTextAsync("Intact");

        foreach (var page in new[] { factCheckerPage, editorPage, managerPage })
        {
            await page.Context.CloseAsync();
        }
    }
}
