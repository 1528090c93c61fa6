using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;
using Editorial.Web.Features.Changes;

namespace Editorial.Web.Tests.Features.Changes;

public sealed class FormattingChangesListTests : ComponentTestContext
{
    private static IReadOnlyList<FormatChange> Changes()
    {
        var baseline = RichDocument.Read(BodyFormat.Markdown, "Vote\n\nThe <script>alert(1)</script> council voted.");
        var current = RichDocument.Read(BodyFormat.Markdown, "# Vote\n\nThe <script>alert(1)</script> [council](https://example.org/?a=1&b=<i>) voted.");
        return FormatChanges.Pending(baseline, current, TrackedChanges.Pending(baseline.ReadingText, current.ReadingText));
    }

    private IRenderedComponent<FormattingChangesList> Render(bool canDecide, Action<FormatChange>? accept = null, Action<FormatChange>? reject = null) =>
        Context.Render<FormattingChangesList>(p => p
            .Add(l => l.Changes, Changes())
            .Add(l => l.CanDecide, canDecide)
            .Add(l => l.OnAccept, (FormatChange c) => accept?.Invoke(c))
            .Add(l => l.OnReject, (FormatChange c) => reject?.Invoke(c)));

    [Fact]
    public void EachChange_SaysWhatChanged_OnWhichWords_AsText()
    {
        var list = Render(canDecide: false);

        var items = list.FindAll("[data-testid=formatting-change]");
        Assert.Equal(2, items.Count);
        Assert.Contains("Formatting changes (2)", list.Find("h3").TextContent, StringComparison.Ordinal);
        Assert.Equal("“Vote” Now a heading (was a paragraph)", string.Join(" ", items[0].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("Linked to https://example.org/?a=1&b=%3Ci%3E", items[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("button"));
        Assert.Empty(list.FindAll("script, i"));
    }

    [Fact]
    public void AcceptAndReject_ReportTheChange_AndNameItForScreenReaders()
    {
        FormatChange? accepted = null;
        FormatChange? rejected = null;
        var list = Render(canDecide: true, c => accepted = c, c => rejected = c);
        var changes = Changes();

        var buttons = list.FindAll("[data-testid=formatting-change]")[1].QuerySelectorAll("button");
        Assert.Equal("Accept formatting change: Linked to https://example.org/?a=1&b=%3Ci%3E, on “council”", buttons[0].GetAttribute("aria-label"));
        buttons[0].Click();
        list.FindAll("[data-testid=formatting-change]")[0].QuerySelectorAll("button")[1].Click();

        Assert.Equal(changes[1], accepted);
        Assert.Equal(changes[0], rejected);
    }
}
