using Editorial.Domain.Annotations;
using Editorial.Web.Features.Annotations;

namespace Editorial.Web.Tests.Features.Annotations;

public sealed class CommentThreadCardTests : ComponentTestContext
{
    private IRenderedComponent<CommentThreadCard> Render(CommentThread thread, bool selected = true, bool hasSelection = false,
        RecordedActions? actions = null) =>
        Context.Render<CommentThreadCard>(p => p
            .Add(c => c.Thread, thread)
            .Add(c => c.Selected, selected)
            .Add(c => c.CanComment, true)
            .Add(c => c.MyUserId, "erin")
            .Add(c => c.HasSelection, hasSelection)
            .Add(c => c.Actions, actions ?? new RecordedActions()));

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<CommentThreadCard> card, string text) =>
        card.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public void AThread_ShowsQuoteAuthorTextAndReplies()
    {
        var reply = new CommentReply(Guid.NewGuid(), "farid", "Farid", "Checked.", DateTime.UtcNow, null);
        var card = Render(CommentsPanelTests.Thread("Source?", replies: reply));

        Assert.Equal("“6,000 of them”", card.Find("[data-testid=comment-quote]").TextContent);
        Assert.Equal("Source?", card.Find("[data-testid=comment-text]").TextContent);
        Assert.Contains("Checked.", card.Find("[data-testid=comment-reply]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Erin <i>Editor</i>", card.Markup.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangedWords_ShowTheOldAndTheNewWording()
    {
        var card = Render(CommentsPanelTests.Thread("Source?", status: AnchorStatus.TextChanged, quote: "6,500 of them"));

        Assert.Equal("was “6,000 of them”, now “6,500 of them”", card.Find("[data-testid=comment-quote]").TextContent);
        Assert.Equal("Text changed", card.Find("[data-testid=anchor-status]").TextContent);
    }

    [Fact]
    public void Replying_Resolving_AndReattaching_AreReported()
    {
        var actions = new RecordedActions();
        var card = Render(CommentsPanelTests.Thread("Source?", status: AnchorStatus.Orphaned), hasSelection: true, actions: actions);

        card.Find("textarea").Input("Found it.");
        Button(card, "Reply").Click();
        Button(card, "Resolve").Click();
        Button(card, "Attach to selected words").Click();

        Assert.Equal(["reply Found it.", "status Resolved", "reattach"], actions.Asked);
    }

    [Fact]
    public void OnlyTheAuthor_SeesEditAndDelete_AndAnUnselectedThreadHasNoActions()
    {
        var others = Render(CommentsPanelTests.Thread("Source?", author: "farid"));
        var mine = Render(CommentsPanelTests.Thread("Source?"));
        var closed = Render(CommentsPanelTests.Thread("Source?"), selected: false);

        Assert.DoesNotContain(others.FindAll("button"), b => b.TextContent.Trim() is "Edit" or "Delete");
        Assert.Contains(mine.FindAll("button"), b => b.TextContent.Trim() == "Edit");
        Assert.Empty(closed.FindAll("button:not(.card-opener)"));
    }

    [Fact]
    public void TheAuthorOfAReply_EditsItInPlace()
    {
        var reply = new CommentReply(Guid.NewGuid(), "erin", "Erin", "Checked.", DateTime.UtcNow, null);
        var actions = new RecordedActions();
        var card = Render(CommentsPanelTests.Thread("Source?", author: "farid", replies: reply), actions: actions);

        Button(card, "Edit reply").Click();
        card.FindAll("textarea").First().Input("Checked twice.");
        Button(card, "Save reply").Click();

        Assert.Equal([$"edit reply {reply.Id}:Checked twice."], actions.Asked);
    }

    [Fact]
    public void ARefusedReply_KeepsWhatWasTyped_AndAnAcceptedOneClearsIt()
    {
        var actions = new RecordedActions { Succeeds = false };
        var card = Render(CommentsPanelTests.Thread("Source?"), actions: actions);

        card.Find("textarea").Input("Found it in the ministry's table.");
        Button(card, "Reply").Click();
        Assert.Equal("Found it in the ministry's table.", card.Find("textarea").GetAttribute("value") ?? card.Find("textarea").TextContent);

        actions.Succeeds = true;
        Button(card, "Reply").Click();
        Assert.True(string.IsNullOrEmpty(card.Find("textarea").GetAttribute("value")));
    }

    [Fact]
    public void AReplySentAgain_KeepsItsId_SoItCannotBeAddedTwice_AndTheNextReplyGetsANewOne()
    {
        var actions = new RecordedActions { Succeeds = false };
        var card = Render(CommentsPanelTests.Thread("Source?"), actions: actions);

        card.Find("textarea").Input("Found it.");
        Button(card, "Reply").Click();
        actions.Succeeds = true;
        Button(card, "Reply").Click();
        card.Find("textarea").Input("And a second source.");
        Button(card, "Reply").Click();

        Assert.Equal(3, actions.ChosenIds.Count);
        Assert.Equal(actions.ChosenIds[0], actions.ChosenIds[1]);
        Assert.NotEqual(actions.ChosenIds[1], actions.ChosenIds[2]);
    }

    [Fact]
    public void TheQuote_IsTheButtonThatOpensTheThread_AndSaysWhetherItIsOpen()
    {
        CommentThread? opened = null;
        var thread = CommentsPanelTests.Thread("Source?");
        var card = Context.Render<CommentThreadCard>(p => p
            .Add(c => c.Thread, thread)
            .Add(c => c.Actions, new RecordedActions())
            .Add(c => c.OnSelect, t => opened = t));

        var opener = card.Find("button.card-opener");
        Assert.Equal("false", opener.GetAttribute("aria-expanded"));
        Assert.Equal("Comment by Erin <i>Editor</i> on “6,000 of them”", opener.GetAttribute("aria-label"));
        opener.Click();

        Assert.Same(thread, opened);
        Assert.Equal("true", Render(thread).Find("button.card-opener").GetAttribute("aria-expanded"));
    }

    [Fact]
    public void AnEmptyReply_IsNotSent_ThoughTheButtonStaysReachable()
    {
        var actions = new RecordedActions();
        var card = Render(CommentsPanelTests.Thread("Source?"), actions: actions);

        Assert.False(Button(card, "Reply").HasAttribute("disabled"));
        card.Find("textarea").Input("   ");
        Button(card, "Reply").Click();

        Assert.Empty(actions.Asked);
    }
}
