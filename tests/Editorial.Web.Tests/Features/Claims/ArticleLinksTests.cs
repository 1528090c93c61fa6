using Editorial.Domain.Claims;
using Editorial.Domain.Text;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.People;

namespace Editorial.Web.Tests.Features.Claims;

public sealed class ArticleLinksTests : ComponentTestContext
{
    // The claim's words are at 10..35 (ClaimsPanelTests.Claim); the first link is in the same paragraph.
    private static readonly ArticleText Text = ArticleText.CreateFormatted("Title",
        "Officials said over 6,000 of them killed, [the ministry said](https://example.org/ministry) on Monday.\n\n" +
        "Another paragraph links [elsewhere](https://example.org/other) and [the desk](mailto:desk@example.org).", TextLimits.Default);

    [Fact]
    public void AFactChecker_AddsALinkNearTheClaim_AsItsSource_InOneClick()
    {
        var actions = new RecordedActions();
        var links = Text.Document.Links().Where(l => l.IsNear(10, 35)).ToList();
        var card = Context.Render<ClaimCard>(p => p
            .Add(c => c.Claim, ClaimsPanelTests.Claim(ClaimStatus.Unchecked))
            .Add(c => c.Selected, true)
            .Add(c => c.CanCheck, true)
            .Add(c => c.NearbyLinks, links)
            .Add(c => c.Actions, actions));

        var nearby = Assert.Single(card.FindAll("[data-testid=nearby-link]"));
        Assert.Contains("the ministry said", nearby.TextContent, StringComparison.Ordinal);
        nearby.QuerySelector("button")!.Click();

        Assert.Equal(["source https://example.org/ministry"], actions.Asked);
    }

    [Fact]
    public void ALinkAlreadyASource_IsMarkedAdded_AndAMailtoLinkIsNoSource()
    {
        var links = Text.Document.Links();
        var source = new SourceView(Guid.NewGuid(), "https://example.org/ministry", "Ministry", "example.org", new DateOnly(2026, 12, 1), "", new PersonView("f", "F"));
        var card = Context.Render<ClaimCard>(p => p
            .Add(c => c.Claim, ClaimsPanelTests.Claim(ClaimStatus.Unchecked, sources: source))
            .Add(c => c.Selected, true)
            .Add(c => c.CanCheck, true)
            .Add(c => c.NearbyLinks, links)
            .Add(c => c.Actions, new RecordedActions()));

        var rows = card.FindAll("[data-testid=nearby-link]");
        Assert.Equal(3, rows.Count);
        Assert.True(rows[0].QuerySelector("button")!.HasAttribute("disabled"));
        Assert.Equal("Added", rows[0].QuerySelector("button")!.TextContent.Trim());
        Assert.Null(rows[2].QuerySelector("button"));
    }

    [Fact]
    public void TheLinksList_NamesTheClaimsNearEachLink()
    {
        var claim = ClaimsPanelTests.Claim(ClaimStatus.Unchecked);
        ClaimView? opened = null;
        var list = Context.Render<ArticleLinksList>(p => p
            .Add(c => c.Links, Text.Document.Links())
            .Add(c => c.Claims, [claim])
            .Add(c => c.OnSelect, (ClaimView c) => opened = c));

        var items = list.FindAll("[data-testid=article-link]");
        Assert.Equal(3, items.Count);
        Assert.Equal("https://example.org/ministry", items[0].QuerySelector("a")!.GetAttribute("href"));
        items[0].QuerySelector("button")!.Click();
        Assert.Same(claim, opened);
        Assert.Null(items[1].QuerySelector("button"));
    }
}
