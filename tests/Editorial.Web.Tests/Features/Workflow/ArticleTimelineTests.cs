using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Tests.Features.Workflow;

public sealed class ArticleTimelineTests : ComponentTestContext
{
    private static IReadOnlyList<TimelineEntry> Entries(int count) => Enumerable.Range(1, count)
        .Select(n => new TimelineEntry(n, new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc).AddMinutes(n), "Erin Editor",
            "TextEdited", $"Erin Editor saved revision {n}.", n == count ? "<script>alert(1)</script>" : null))
        .ToList();

    [Fact]
    public void AShortLog_ShowsEveryEntry_NewestFirst_WithoutAToggle()
    {
        var timeline = Context.Render<ArticleTimeline>(p => p.Add(t => t.Entries, Entries(3)));

        var items = timeline.FindAll("[data-testid=timeline] li");
        Assert.Equal(3, items.Count);
        Assert.Contains("revision 3", items[0].TextContent);
        Assert.Empty(timeline.FindAll("[data-testid=timeline-toggle]"));
    }

    [Fact]
    public void ALongLog_ShowsItsLatestEntries_UntilAskedForAll()
    {
        var timeline = Context.Render<ArticleTimeline>(p => p.Add(t => t.Entries, Entries(45)));

        Assert.Equal(ArticleTimeline.Latest, timeline.FindAll("[data-testid=timeline] li").Count);
        Assert.Contains("#45", timeline.FindAll("[data-testid=timeline] li")[0].TextContent);
        var toggle = timeline.Find("[data-testid=timeline-toggle]");
        Assert.Equal("false", toggle.GetAttribute("aria-expanded"));
        Assert.Contains("Show all 45 entries", toggle.TextContent);

        toggle.Click();

        Assert.Equal(45, timeline.FindAll("[data-testid=timeline] li").Count);
        Assert.Equal("true", timeline.Find("[data-testid=timeline-toggle]").GetAttribute("aria-expanded"));
        timeline.Find("[data-testid=timeline-toggle]").Click();
        Assert.Equal(ArticleTimeline.Latest, timeline.FindAll("[data-testid=timeline] li").Count);
    }

    [Fact]
    public void WhatSomeoneWrote_IsShownAsText()
    {
        var timeline = Context.Render<ArticleTimeline>(p => p.Add(t => t.Entries, Entries(2)));

        Assert.Empty(timeline.FindAll("[data-testid=timeline] script"));
        Assert.Contains("<script>alert(1)</script>", timeline.Find("[data-testid=timeline] li").TextContent);
    }
}
