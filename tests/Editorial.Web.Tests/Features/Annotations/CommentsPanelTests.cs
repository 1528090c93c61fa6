using Editorial.Domain.Annotations;
using Editorial.Web.Features.Annotations;

namespace Editorial.Web.Tests.Features.Annotations;

public sealed class CommentsPanelTests : ComponentTestContext
{
    private static readonly DateTime At = new(2026, 11, 29, 14, 0, 0, DateTimeKind.Utc);

    internal static CommentThread Thread(string text, AnchorStatus status = AnchorStatus.Exact, ThreadStatus thread = ThreadStatus.Open,
        string author = "erin", string quote = "6,000 of them", string original = "6,000 of them", params CommentReply[] replies) =>
        new(Guid.NewGuid(), author, author == "erin" ? "Erin <i>Editor</i>" : "Farid", text, At, null, thread,
            new Anchor(new TextQuoteSelector(quote, "Over ", " were"), new TextPositionSelector(5, 5 + quote.Length), 2, status),
            original, replies, 1);

    private static CommentThreads Threads(params CommentThread[] threads) => new(Guid.NewGuid(), 2, threads, CanComment: true);

    private IRenderedComponent<CommentsPanel> Render(CommentThreads threads, CommentFilter filter, Guid? selected = null) =>
        Context.Render<CommentsPanel>(p => p
            .Add(c => c.Threads, threads)
            .Add(c => c.Filter, filter)
            .Add(c => c.SelectedId, selected)
            .Add(c => c.MyUserId, "erin")
            .Add(c => c.Actions, new RecordedActions()));

    [Fact]
    public void EachFilter_ListsItsThreads_AndCountsThemAll()
    {
        var threads = Threads(
            Thread("Open one"),
            Thread("Done", thread: ThreadStatus.Resolved, author: "farid"),
            Thread("Lost", status: AnchorStatus.Orphaned, author: "farid"));

        Assert.Equal(["Open one"], Render(threads, CommentFilter.Open).FindAll("[data-testid=comment-text]").Select(e => e.TextContent));
        Assert.Equal(["Done"], Render(threads, CommentFilter.Resolved).FindAll("[data-testid=comment-text]").Select(e => e.TextContent));
        Assert.Equal(["Lost"], Render(threads, CommentFilter.Orphaned).FindAll("[data-testid=comment-text]").Select(e => e.TextContent));
        Assert.Equal(["Open one"], Render(threads, CommentFilter.Mine).FindAll("[data-testid=comment-text]").Select(e => e.TextContent));
        var all = Render(threads, CommentFilter.All);
        Assert.Equal(3, all.FindAll("[data-testid=comment-thread]").Count);
        Assert.Contains("Orphaned (1)", all.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFilters_AreToggleButtons_TheShownOnePressed_AndAPressAsksForItsFilter()
    {
        CommentFilter? asked = null;
        var panel = Context.Render<CommentsPanel>(p => p
            .Add(c => c.Threads, Threads(Thread("Open one")))
            .Add(c => c.Filter, CommentFilter.Open)
            .Add(c => c.MyUserId, "erin")
            .Add(c => c.OnFilter, filter => asked = filter)
            .Add(c => c.Actions, new RecordedActions()));

        var buttons = panel.FindAll("[role=group][aria-label=Show] button");
        Assert.Equal(["Open (1)", "Resolved (0)", "Orphaned (0)", "Mine (1)", "All (1)"], buttons.Select(b => b.TextContent.Trim()));
        Assert.Equal(["true", "false", "false", "false", "false"], buttons.Select(b => b.GetAttribute("aria-pressed")));
        Assert.All(buttons, b => Assert.Equal("button", b.GetAttribute("type")));

        panel.FindAll("[role=group][aria-label=Show] button")[2].Click();

        Assert.Equal(CommentFilter.Orphaned, asked);
    }

    [Fact]
    public void AnEmptyFilter_SaysSo() =>
        Assert.Equal("No orphaned comments.", Render(Threads(Thread("Open one")), CommentFilter.Orphaned).Find("[data-testid=no-comments]").TextContent);

    [Fact]
    public void UserText_IsEscaped() =>
        Assert.Empty(Render(Threads(Thread("<script>alert(1)</script>")), CommentFilter.Open).FindAll("[data-testid=comments-panel] script, [data-testid=comments-panel] i"));
}
