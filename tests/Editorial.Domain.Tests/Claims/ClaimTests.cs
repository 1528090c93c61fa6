using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Domain.Diff;
using Editorial.Domain.Tests.Workflow;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Claims;

public class ClaimTests
{
    private const string Body = "North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in combat.\nThe site is secret.";
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static Claim Flag(string words = "over 6,000 of them killed", WorkflowActor? actor = null, string stage = Stages.SourcingCheck)
    {
        var start = Body.IndexOf(words, StringComparison.Ordinal);
        return Claim.Flag(Guid.NewGuid(), Eligibility.Of(WorkflowPolicy.Default, actor ?? WorkflowBuilder.FactChecker, stage), Body, 1,
            start, start + words.Length, "Western intelligence sources", Now);
    }

    [Fact]
    public void Flag_OnAnApprovedArticle_IsRefusedUntilReopened()
    {
        var refused = Assert.Throws<EditorialDomainException>(() => Flag(stage: Stages.Approved));

        Assert.Contains("reopen", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Unchecked, Flag(stage: Stages.Draft).Status);
    }

    private static Claim Verified()
    {
        var claim = Flag();
        claim.AddSource(WorkflowBuilder.FactChecker, "https://example.org/report", "Casualty report", "Ministry", Today, "Table 2", Now);
        claim.SetStatus(WorkflowBuilder.FactChecker, ClaimStatus.Verified, "Matches the ministry's figure.", Now, ClaimPolicy.Default);
        return claim;
    }

    private static Claim Edited(Claim claim, string after)
    {
        claim.Reanchor(ProseDiff.Compute(Body, after), 2, "erin", Now);
        return claim;
    }

    [Fact]
    public void AFlaggedClaim_IsUnchecked_AndNotResolved()
    {
        var claim = Flag();

        Assert.Equal(ClaimStatus.Unchecked, claim.Status);
        Assert.Equal("over 6,000 of them killed", claim.Exact);
        Assert.False(claim.IsResolved(ClaimPolicy.Default));
        Assert.IsType<ClaimFlagged>(Assert.Single(claim.Events));
    }

    [Fact]
    public void AVerdict_NeedsASource_WhenThePolicySaysSo()
    {
        var claim = Flag();

        var refused = Assert.Throws<EditorialDomainException>(() => claim.SetStatus(WorkflowBuilder.FactChecker, ClaimStatus.Verified, "", Now, ClaimPolicy.Default));
        claim.SetStatus(WorkflowBuilder.FactChecker, ClaimStatus.Verified, "", Now, new ClaimPolicy([ClaimStatus.Verified], verdictRequiresSource: false));

        Assert.Contains("Add at least one source", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ClaimStatus.Verified, claim.Status);
    }

    [Theory]
    [InlineData(ClaimStatus.Verified, true)]
    [InlineData(ClaimStatus.False, true)]
    [InlineData(ClaimStatus.Misleading, true)]
    [InlineData(ClaimStatus.Unverifiable, true)]
    [InlineData(ClaimStatus.InProgress, false)]
    public void ResolvedNess_FollowsThePolicy(ClaimStatus status, bool resolvedByDefault)
    {
        var claim = Flag();
        claim.AddSource(WorkflowBuilder.FactChecker, "https://example.org", "t", "p", Today, "", Now);
        claim.SetStatus(WorkflowBuilder.FactChecker, status, "", Now, ClaimPolicy.Default);

        Assert.Equal(resolvedByDefault, claim.IsResolved(ClaimPolicy.Default));
        Assert.False(claim.IsResolved(new ClaimPolicy([ClaimStatus.Verified], true)) && status != ClaimStatus.Verified);
    }

    [Fact]
    public void OnlyFactCheckers_GiveVerdicts_AddSources_OrDismiss_AndAManagerCannotFlag()
    {
        var claim = Flag(actor: WorkflowBuilder.Editor);

        Assert.Throws<WorkflowPermissionException>(() => claim.SetStatus(WorkflowBuilder.Editor, ClaimStatus.InProgress, "", Now, ClaimPolicy.Default));
        Assert.Throws<WorkflowPermissionException>(() => claim.AddSource(WorkflowBuilder.Editor, "https://example.org", "", "", Today, "", Now));
        Assert.Throws<WorkflowPermissionException>(() => claim.Dismiss(WorkflowBuilder.Editor, "No", Now));
        Assert.Throws<WorkflowPermissionException>(() => Flag(actor: WorkflowBuilder.Manager));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>x</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    [InlineData("//example.org/x")]
    [InlineData("")]
    public void OnlyWebAddresses_AreSources(string url)
    {
        var error = Assert.Throws<EditorialDomainException>(() => Flag().AddSource(WorkflowBuilder.FactChecker, url, "t", "p", Today, "", Now));

        Assert.Contains("http", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditInsideTheClaim_SendsItBackForRecheck_KeepingTheCheckedWording()
    {
        var claim = Edited(Verified(), Body.Replace("6,000", "6,500", StringComparison.Ordinal));

        Assert.Equal(ClaimStatus.NeedsRecheck, claim.Status);
        Assert.Equal("over 6,000 of them killed", claim.CheckedWording);
        Assert.Equal("over 6,500 of them killed", claim.Exact);
        Assert.False(claim.IsResolved(ClaimPolicy.Default));
        Assert.Contains(claim.Events, e => e is ClaimNeedsRecheck { CheckedWording: "over 6,000 of them killed", NewWording: "over 6,500 of them killed" });
    }

    [Theory]
    [InlineData("North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in heavy combat.\nThe site is secret.")]
    [InlineData("North Korea deployed 14,000 troops to Ukraine, with over 6,000 of them killed in combat.\nThe site is secret.")]
    [InlineData("North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in combat.\nThe site is not public.")]
    public void EditsNextToOrAwayFromTheClaim_KeepItsVerdict(string after)
    {
        var claim = Edited(Verified(), after);

        Assert.Equal(ClaimStatus.Verified, claim.Status);
        Assert.Equal("over 6,000 of them killed", claim.Exact);
    }

    [Fact]
    public void DeletingTheWords_Orphans_AndBlocksUntilAFactCheckerDismissesIt()
    {
        var claim = Edited(Verified(), "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.");

        Assert.Equal(AnchorStatus.Orphaned, claim.AnchorStatus);
        Assert.False(claim.IsResolved(ClaimPolicy.Default));
        Assert.Throws<EditorialDomainException>(() => claim.Dismiss(WorkflowBuilder.FactChecker, "  ", Now));

        claim.Dismiss(WorkflowBuilder.FactChecker, "The sentence was cut.", Now);

        Assert.True(claim.IsResolved(ClaimPolicy.Default));
        Assert.Throws<EditorialDomainException>(() => claim.SetStatus(WorkflowBuilder.FactChecker, ClaimStatus.Verified, "", Now, ClaimPolicy.Default));
    }

    [Fact]
    public void DeletingTheWords_WithdrawsTheVerdict_InTheRecord_SoNoReaderTakesItAsCurrent()
    {
        var claim = Edited(Verified(), "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.");

        Assert.Equal(ClaimStatus.NeedsRecheck, claim.Status);
        Assert.Equal(ClaimStatus.NeedsRecheck, claim.CurrentStatus);
        var withdrawn = Assert.Single(claim.Events.OfType<ClaimVerdictWithdrawn>());
        Assert.Equal((ClaimStatus.Verified, "over 6,000 of them killed", 2), (withdrawn.From, withdrawn.CheckedWording, withdrawn.RevisionNumber));
        Assert.Equal("Matches the ministry's figure.", claim.Verdict); // kept, as what it was
    }

    [Fact]
    public void WordsThatComeBack_DoNotBringAVerdictBack_OnlyAFactCheckersDecisionDoes()
    {
        var claim = Edited(Verified(), "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.");
        claim.Reanchor(ProseDiff.Compute("North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.", Body), 3, "erin", Now);

        Assert.Equal(ClaimStatus.NeedsRecheck, claim.CurrentStatus);

        claim.Reattach(WorkflowBuilder.FactChecker, Body, 3, Body.IndexOf("over 6,000", StringComparison.Ordinal),
            Body.IndexOf("over 6,000", StringComparison.Ordinal) + "over 6,000 of them killed".Length, Now);
        Assert.Equal(ClaimStatus.NeedsRecheck, claim.CurrentStatus);

        claim.SetStatus(WorkflowBuilder.FactChecker, ClaimStatus.Verified, "Checked again.", Now, ClaimPolicy.Default);
        Assert.Equal(ClaimStatus.Verified, claim.CurrentStatus);
    }

    [Fact]
    public void AnUncheckedClaim_LosingItsWords_KeepsItsStatus_ThereWasNoVerdictToWithdraw()
    {
        var claim = Edited(Flag(), "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.");

        Assert.Equal(ClaimStatus.Unchecked, claim.CurrentStatus);
        Assert.Empty(claim.Events.OfType<ClaimVerdictWithdrawn>());
    }

    [Fact]
    public void AReattachedClaim_FollowsTheWordsItWasPutOn_NotTheOnesItWasFirstFlaggedOn()
    {
        var claim = Verified();
        var start = Body.IndexOf("14,000 troops to Ukraine", StringComparison.Ordinal);
        claim.Reattach(WorkflowBuilder.FactChecker, Body, 1, start, start + "14,000 troops to Ukraine".Length, Now);

        var edited = Edited(claim, Body.Replace("14,000 troops to Ukraine", "14,500 troops to Ukraine", StringComparison.Ordinal));

        Assert.Equal((AnchorStatus.TextChanged, "14,500 troops to Ukraine"), (edited.AnchorStatus, edited.Exact));
        Assert.Equal("over 6,000 of them killed", edited.OriginalExact);
    }

    [Fact]
    public void OversizedNotes_AreRefused() =>
        Assert.Throws<EditorialDomainException>(() => Flag().Describe(WorkflowBuilder.FactChecker, "x", new string('n', 1_000_000), null, Now));

    [Fact]
    public void ThePolicy_CannotCountAnOpenStatusAsResolved() =>
        Assert.Throws<EditorialDomainException>(() => new ClaimPolicy([ClaimStatus.Verified, ClaimStatus.NeedsRecheck], true));

    [Fact]
    public void GivingAClaimToSomeone_IsItsOwnFact_NotRepeatedWhenOnlyTheNotesChange()
    {
        var claim = Flag();

        claim.Describe(WorkflowBuilder.Editor, claim.Claimant, claim.Notes, "farid", Now);
        claim.Describe(WorkflowBuilder.Editor, claim.Claimant, "Call the ministry.", "farid", Now);
        claim.Describe(WorkflowBuilder.Editor, claim.Claimant, "Call the ministry.", null, Now);

        Assert.Equal([("farid", "over 6,000 of them killed"), (null, "over 6,000 of them killed")],
            claim.Events.OfType<ClaimAssigned>().Select(e => (e.AssigneeId, e.Quote)));
        Assert.Equal("Call the ministry.", Assert.Single(claim.Events.OfType<ClaimDetailsChanged>()).Notes);
    }
}
