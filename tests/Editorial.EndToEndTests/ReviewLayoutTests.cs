using Editorial.EndToEndTests.Pages;
using Editorial.Testing;
using Microsoft.Playwright;

namespace Editorial.EndToEndTests;

/// <summary>
/// The review page's layout: on a wide screen each comment sits in the margin level with its words; on a
/// phone one part of the review is shown at a time, chosen from a bar at the bottom, and nothing is cut off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewLayoutTests(BrowserServer server)
{
    [Fact]
    public async Task OnAWideScreen_ACommentOnWordsFarDown_SitsBesideThem()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await editor.SetViewportSizeAsync(1280, 900);
        var filler = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"Paragraph {i} says nothing that needs a comment, at some length, so that the text runs on."));
        await new ArticlePageObject(editor).CreateAsync("Long layout story", $"{filler}\nThe last words are the ones in doubt.");
        var comments = new CommentsPageObject(editor);
        await comments.CommentAsync("the ones in doubt", "Which ones?");

        var card = await comments.Threads.BoundingBoxAsync();
        var words = await comments.Highlights.BoundingBoxAsync();
        Assert.InRange(card!.Y - words!.Y, -24, 24);
        Assert.True(card.X > words.X + words.Width, "the card is in the margin, to the right of the text");
        await editor.Context.CloseAsync();
    }

    [Fact]
    public async Task OnAPhone_OnePartIsShownAtATime_AndAHighlightLeadsToItsComment()
    {
        var editor = await server.SignedInPageAsync(DemoUsers.Editor);
        await editor.SetViewportSizeAsync(390, 844);
        await new ArticlePageObject(editor).CreateAsync("Phone story", ShortArticle.Body);
        var comments = new CommentsPageObject(editor);
        await comments.CommentAsync("6,000 of them", "Source?");
        var parts = editor.GetByRole(AriaRole.Navigation, new() { Name = "Review parts" });
        var text = editor.GetByTestId("article-body");

        // The text first; the comments wait behind their button.
        await Assertions.Expect(text).ToBeVisibleAsync();
        await Assertions.Expect(comments.Panel).ToBeHiddenAsync();
        await parts.GetByRole(AriaRole.Button, new() { Name = "Workflow" }).ClickAsync();
        await Assertions.Expect(new ArticlePageObject(editor).Workflow).ToBeVisibleAsync();
        await Assertions.Expect(text).ToBeHiddenAsync();
        await parts.GetByRole(AriaRole.Button, new() { Name = "Text" }).ClickAsync();

        // Tapping the highlighted words shows their comment.
        await comments.Highlights.ClickAsync();
        await Assertions.Expect(comments.Threads).ToBeVisibleAsync();
        await Assertions.Expect(text).ToBeHiddenAsync();
        await Assertions.Expect(parts.GetByRole(AriaRole.Button, new() { Name = "Comments & claims" })).ToHaveAttributeAsync("aria-pressed", "true");

        // The app bar fits: sign-out is on screen.
        var signOut = await editor.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).BoundingBoxAsync();
        Assert.True(signOut!.X + signOut.Width <= 390, $"sign-out ends at {signOut.X + signOut.Width}px on a 390px screen");
        await editor.Context.CloseAsync();
    }
}
