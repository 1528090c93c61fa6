using Editorial.Domain.Diff;
using Editorial.Web.Features.Changes;

namespace Editorial.Web.Tests.Features.Changes;

public sealed class TrackedChangesMarkupTests : ComponentTestContext
{
    private const string Baseline = "Over 6,000 killed.\nThe <b>memorial</b>.";
    private const string Current = "Over 6,500 killed.\nThe <b>memorial</b> stands.";

    private static TrackedChangesView View(bool canDecide = true) =>
        new(Guid.NewGuid(), "Title", Baseline, Current, TrackedChanges.Pending(Baseline, Current), 2, 0, canDecide);

    private IRenderedComponent<TrackedChangesMarkup> Render(ChangesViewMode mode, bool canDecide = true,
        Action<TrackedChange>? accept = null, Action<TrackedChange>? reject = null) =>
        Context.Render<TrackedChangesMarkup>(p => p
            .Add(m => m.View, View(canDecide))
            .Add(m => m.Mode, mode)
            .Add(m => m.OnAccept, (TrackedChange c) => accept?.Invoke(c))
            .Add(m => m.OnReject, (TrackedChange c) => reject?.Invoke(c)));

    [Fact]
    public void Markup_ShowsEachChangeAsDeletionAndInsertion()
    {
        var markup = Render(ChangesViewMode.Markup);

        var changes = markup.FindAll("[data-testid=change]");
        Assert.Equal(2, changes.Count);
        Assert.Equal("6,000", changes[0].QuerySelector("del")!.TextContent);
        Assert.Equal("6,500", changes[0].QuerySelector("ins")!.TextContent);
        Assert.Null(changes[1].QuerySelector("del"));
    }

    [Fact]
    public void Final_IsTheCurrentText_AndOriginalTheAcceptedText_BothEscaped()
    {
        var final = Render(ChangesViewMode.Final).Find("[data-testid=tracked-text]");
        var original = Render(ChangesViewMode.Original).Find("[data-testid=tracked-text]");

        Assert.Equal(Current, final.TextContent);
        Assert.Equal(Baseline, original.TextContent);
        Assert.Empty(final.QuerySelectorAll("b, ins, del"));
    }

    [Fact]
    public void EachChange_HasAcceptAndReject_ReportedToThePage()
    {
        TrackedChange? accepted = null;
        TrackedChange? rejected = null;
        var markup = Render(ChangesViewMode.Markup, accept: c => accepted = c, reject: c => rejected = c);

        markup.Find("button[aria-label='Accept change 1']").Click();
        markup.Find("button[aria-label='Reject change 2']").Click();

        Assert.Equal("6,500", accepted!.Added);
        Assert.Equal(" stands", rejected!.Added);
    }

    [Fact]
    public void WhoMayNotDecide_SeesNoButtons() =>
        Assert.Empty(Render(ChangesViewMode.Markup, canDecide: false).FindAll("button"));
}
