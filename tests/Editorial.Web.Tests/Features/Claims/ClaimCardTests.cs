using Editorial.Web.Features.People;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Tests.Features.Claims;

public sealed class ClaimCardTests : ComponentTestContext
{
    private IRenderedComponent<ClaimCard> Render(ClaimView claim, bool selected = true, bool canCheck = true, bool canDescribe = false,
        RecordedActions? actions = null) =>
        Context.Render<ClaimCard>(p => p
            .Add(c => c.Claim, claim)
            .Add(c => c.Selected, selected)
            .Add(c => c.CanCheck, canCheck)
            .Add(c => c.CanDescribe, canDescribe)
            .Add(c => c.FactCheckers, [new PersonView("farid", "Farid")])
            .Add(c => c.Actions, actions ?? new RecordedActions()));

    [Fact]
    public void AClaimToRecheck_ShowsTheWordingItWasCheckedOn_BesideTheNewOne()
    {
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.NeedsRecheck, quote: "over 6,500 of them killed", checkedOn: "over 6,000 of them killed"));

        Assert.Equal("Needs re-check (words changed)", card.Find("[data-testid=claim-status]").TextContent);
        Assert.Equal("checked on “over 6,000 of them killed”, now “over 6,500 of them killed”", card.Find("[data-testid=claim-quote]").TextContent);
    }

    [Fact]
    public void Sources_AreLinks_ThatDoNotHandOverThePage()
    {
        var source = new SourceView(Guid.NewGuid(), "https://example.org/a?b=1", "Briefing <b>", "Yonhap", new DateOnly(2026, 11, 29), "p. 3", new PersonView("f", "F"));
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.Verified, resolved: true, sources: source), selected: false);

        var link = card.Find("[data-testid=claim-source] a");
        Assert.Equal("https://example.org/a?b=1", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("Briefing <b>", link.TextContent);
    }

    [Fact]
    public void OnlyAFactChecker_OnTheSelectedClaim_SeesTheCheckingTools()
    {
        var claim = ClaimsPanelTests.Claim(ClaimStatus.Unchecked);

        Assert.Contains(Render(claim).FindAll("button"), b => b.TextContent.Trim() == "Save status");
        Assert.Empty(Render(claim, canCheck: false).FindAll("button:not(.card-opener)"));
        Assert.Empty(Render(claim, selected: false).FindAll("button:not(.card-opener)"));
    }

    [Fact]
    public void AnOrphanedClaim_ReadsAsOrphaned_ItsOldVerdictAsEarlier_NeverAsVerified()
    {
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.NeedsRecheck, anchor: Editorial.Domain.Annotations.AnchorStatus.Orphaned,
            verdict: "Matches the ministry's figure."), selected: false);

        Assert.Equal("Orphaned (words deleted)", card.Find("[data-testid=claim-status]").TextContent);
        Assert.EndsWith("— these words were deleted", card.Find("[data-testid=claim-quote]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Earlier verdict: Matches the ministry's figure.", card.Find("[data-testid=claim-verdict]").TextContent);
        Assert.DoesNotContain("Verified", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOrphanedClaim_OffersOnlyDismissalAndReattachment()
    {
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.Verified, anchor: Editorial.Domain.Annotations.AnchorStatus.Orphaned));

        var buttons = card.FindAll("button").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("Dismiss", buttons);
        Assert.Contains("Attach to selected words", buttons);
        Assert.DoesNotContain("Save status", buttons);
        Assert.Contains("Orphaned", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditor_EditsClaimantAndNotes_WithoutTheCheckingTools()
    {
        var actions = new RecordedActions();
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.Unchecked), canCheck: false, canDescribe: true, actions: actions);

        card.Find("#claim-notes").Input("Ask the desk in Seoul.");
        card.FindAll("button").Single(b => b.TextContent.Trim() == "Save details").Click();

        Assert.Equal(["describe Intelligence <i>sources</i>|Ask the desk in Seoul.|"], actions.Asked);
        Assert.DoesNotContain(card.FindAll("button"), b => b.TextContent.Trim() == "Save status");
    }

    [Fact]
    public void ASourceAddedAgain_KeepsItsId_SoItCannotBeAddedTwice_AndTheNextSourceGetsANewOne()
    {
        var actions = new RecordedActions { Succeeds = false };
        var card = Render(ClaimsPanelTests.Claim(ClaimStatus.Unchecked), actions: actions);
        void Add() => card.FindAll("button").Single(b => b.TextContent.Trim() == "Add source").Click();

        card.Find("#source-url input, input#source-url").Input("https://example.org/report");
        Add();
        actions.Succeeds = true;
        Add();
        card.Find("#source-url input, input#source-url").Input("https://example.org/second");
        Add();

        Assert.Equal(["source https://example.org/report", "source https://example.org/report", "source https://example.org/second"], actions.Asked);
        Assert.Equal(actions.ChosenIds[0], actions.ChosenIds[1]);
        Assert.NotEqual(actions.ChosenIds[1], actions.ChosenIds[2]);
    }

    [Fact]
    public void AnUncheckedClaim_OffersNoStatus_UntilOneIsChosen_AndACheckedOneStartsAtItsOwn()
    {
        var notChecked = Render(ClaimsPanelTests.Claim(ClaimStatus.Unchecked));
        var misleading = Render(ClaimsPanelTests.Claim(ClaimStatus.Misleading));

        Assert.Equal(string.Empty, notChecked.Find("#claim-status-select").GetAttribute("value") ?? string.Empty);
        Assert.True(notChecked.FindAll("button").Single(b => b.TextContent.Trim() == "Save status").HasAttribute("disabled"));
        Assert.Equal("Misleading", misleading.Find("#claim-status-select").GetAttribute("value"));
        Assert.False(misleading.FindAll("button").Single(b => b.TextContent.Trim() == "Save status").HasAttribute("disabled"));
    }

    [Fact]
    public void TheQuote_IsTheButtonThatOpensTheClaim()
    {
        ClaimView? opened = null;
        var claim = ClaimsPanelTests.Claim(ClaimStatus.Unchecked);
        var card = Context.Render<ClaimCard>(p => p
            .Add(c => c.Claim, claim)
            .Add(c => c.Actions, new RecordedActions())
            .Add(c => c.OnSelect, c => opened = c));

        var opener = card.Find("button.card-opener");
        Assert.Equal("false", opener.GetAttribute("aria-expanded"));
        opener.Click();

        Assert.Same(claim, opened);
    }
}
