using Editorial.Web.Features.People;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Tests.Features.Claims;

public sealed class ClaimsPanelTests : ComponentTestContext
{
    private static readonly DateTime At = new(2026, 11, 29, 14, 0, 0, DateTimeKind.Utc);
    private static readonly PersonView Farid = new("farid", "Farid");

    internal static ClaimView Claim(ClaimStatus status, string quote = "over 6,000 of them killed", bool resolved = false, string checkedOn = "",
        string? dismissed = null, AnchorStatus anchor = AnchorStatus.Exact, string? verdict = null, params SourceView[] sources) =>
        new(Guid.NewGuid(), new Anchor(new TextQuoteSelector(quote, "with ", " in"), new TextPositionSelector(10, 10 + quote.Length), 2, anchor), quote,
            "Intelligence <i>sources</i>", status, resolved, verdict ?? (status == ClaimStatus.Verified ? "Matches." : ""), "", checkedOn, null, Farid, At, null, null,
            dismissed, sources, 3);

    private IRenderedComponent<ClaimsPanel> Render(ClaimsView view, bool showCandidates = false, IReadOnlyList<ClaimCandidate>? candidates = null,
        Action<ClaimCandidate>? flag = null) =>
        Context.Render<ClaimsPanel>(p => p
            .Add(c => c.Claims, view)
            .Add(c => c.ShowCandidates, showCandidates)
            .Add(c => c.Candidates, candidates ?? [])
            .Add(c => c.OnFlagCandidate, (ClaimCandidate c) => flag?.Invoke(c))
            .Add(c => c.Actions, new RecordedActions()));

    [Fact]
    public void TheSummary_AndTheCountsByStatus_AreShown()
    {
        var view = new ClaimsView(Guid.NewGuid(), 2,
        [
            Claim(ClaimStatus.Verified, resolved: true), Claim(ClaimStatus.Verified, resolved: true), Claim(ClaimStatus.False, resolved: true),
            Claim(ClaimStatus.NeedsRecheck, checkedOn: "over 6,000"),
        ], CanFlag: true, CanDescribe: true, CanCheck: true);

        var panel = Render(view);

        Assert.Equal("4 claims: 2 verified, 1 false, 1 open", panel.Find("[data-testid=claims-summary]").TextContent);
        Assert.Contains("Verified: 2", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("Needs re-check (words changed): 1", panel.Markup, StringComparison.Ordinal);
        Assert.Equal(4, panel.FindAll("[data-testid=claim]").Count);
        Assert.Empty(panel.FindAll("[data-testid=claims-panel] i"));
    }

    [Fact]
    public void Candidates_ShowWhyTheyWerePicked_AndFlagInOneClick()
    {
        var candidate = new ClaimCandidate(0, 30, "Over 6,000 were killed, he said.",
            [new CandidateReason(CandidateKind.Figure, "6,000"), new CandidateReason(CandidateKind.Attribution, "said")]);
        ClaimCandidate? flagged = null;
        var panel = Render(new ClaimsView(Guid.NewGuid(), 1, [], true, true, true), showCandidates: true, candidates: [candidate], flag: c => flagged = c);

        var shown = panel.Find("[data-testid=claim-candidate]");
        shown.QuerySelector("button")!.Click();

        Assert.Contains("Why: a figure: 6,000; an attribution: “said”", shown.TextContent, StringComparison.Ordinal);
        Assert.Same(candidate, flagged);
    }

    [Fact]
    public void WithNothingFlagged_ItSaysSo() =>
        Assert.Equal("No claims flagged.", Render(new ClaimsView(Guid.NewGuid(), 1, [], false, false, false)).Find("[data-testid=claims-summary]").TextContent);
}
