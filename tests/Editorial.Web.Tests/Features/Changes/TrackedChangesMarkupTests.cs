using Editorial.Domain.Diff;
using Editorial.Web.Features.Changes;

namespace Editorial.Web.Tests.Features.Changes;

public sealed class TrackedChangesMarkupTests : ComponentTestContext
{
    private const string Baseline = "Over 6,000 killed.\nThe <b>memorial</b>.";
    private const string Current = "Over 6,500 killed.\nThe <b>memorial</b> stands.";

    internal static readonly ChangeAuthor Dana = new("dana-id", "Dana <i>Desk</i>", ChangeAuthor.ColourOf("dana-id"));
    internal static readonly ChangeAuthor Eli = new("eli-id", "Eli Editor", ChangeAuthor.ColourOf("eli-id"));

    internal static TrackedChangesView View(bool canDecide = true)
    {
        var at = new DateTime(2026, 11, 29, 14, 3, 0, DateTimeKind.Utc);
        var changes = TrackedChanges.Pending(Baseline, Current);
        return new(Guid.NewGuid(), "Title", Baseline, Current,
        [
            new PendingChange(changes[0], [new ChangeCredit(2, Dana, at)]),
            new PendingChange(changes[1], [new ChangeCredit(3, Dana, at), new ChangeCredit(4, Eli, at.AddMinutes(5))]),
        ], [], 4, 0, canDecide);
    }

    private IRenderedComponent<TrackedChangesMarkup> Render(ChangesViewMode mode, bool canDecide = true,
        Action<TrackedChange>? accept = null, Action<TrackedChange>? reject = null, int? current = null) =>
        Context.Render<TrackedChangesMarkup>(p => p
            .Add(m => m.View, View(canDecide))
            .Add(m => m.Mode, mode)
            .Add(m => m.Current, current)
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
    public void EachChange_NamesItsAuthorsAndTime_InTheLastAuthorsColour_Escaped()
    {
        var changes = Render(ChangesViewMode.Markup).FindAll("[data-testid=change]");

        Assert.Equal("Dana <i>Desk</i> · 2026-11-29 14:03 UTC", changes[0].QuerySelector("[data-testid=change-meta]")!.TextContent);
        Assert.Equal("Dana <i>Desk</i>, Eli Editor · 2026-11-29 14:08 UTC", changes[1].QuerySelector("[data-testid=change-meta]")!.TextContent);
        Assert.Contains($"author-{Dana.Colour}", changes[0].ClassName, StringComparison.Ordinal);
        Assert.Contains($"author-{Eli.Colour}", changes[1].ClassName, StringComparison.Ordinal);
        Assert.Empty(changes[0].QuerySelectorAll("i"));
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
    public void TheChangeUnderReview_IsMarkedCurrent_AndFocused()
    {
        var markup = Render(ChangesViewMode.Markup, current: 1);

        var current = markup.Find("[aria-current=true]");
        Assert.Contains("current", current.ClassName, StringComparison.Ordinal);
        Assert.Contains(" stands", current.TextContent, StringComparison.Ordinal);
        Assert.Single(Context.JSInterop.Invocations, i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WhoMayNotDecide_SeesNoButtons() =>
        Assert.Empty(Render(ChangesViewMode.Markup, canDecide: false).FindAll("button"));

    [Theory]
    [InlineData(ChangesViewMode.Markup)]
    [InlineData(ChangesViewMode.Final)]
    [InlineData(ChangesViewMode.Original)]
    public void EveryView_KeepsTheGapBetweenParagraphs(ChangesViewMode mode)
    {
        var text = Render(mode).Find("[data-testid=tracked-text]");

        Assert.Single(text.QuerySelectorAll(".paragraph-gap"));
        if (mode != ChangesViewMode.Markup)
        {
            // The text itself is untouched: the gap is an element, not characters.
            Assert.Equal(mode == ChangesViewMode.Original ? Baseline : Current, text.TextContent);
        }
    }

    [Fact]
    public void ClickingAChange_PutsItUnderReview_AndItsButtonsDoNot()
    {
        var chosen = new List<int>();
        var accepted = new List<TrackedChange>();
        var markup = Context.Render<TrackedChangesMarkup>(p => p
            .Add(m => m.View, View())
            .Add(m => m.OnSelect, (int i) => chosen.Add(i))
            .Add(m => m.OnAccept, (TrackedChange c) => accepted.Add(c)));

        markup.FindAll("[data-testid=change]")[1].Click();
        markup.FindAll("button").First(b => b.GetAttribute("aria-label") == "Accept change 1").Click();

        Assert.Equal([1], chosen);
        Assert.Single(accepted);
    }
}
