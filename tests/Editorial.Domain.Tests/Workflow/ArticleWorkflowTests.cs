using Editorial.Domain.Articles;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Workflow;

public class ArticleWorkflowTests
{
    private static readonly WorkflowPolicy Policy = WorkflowPolicy.Default;

    [Fact]
    public void NewArticle_StartsInThePolicysInitialStage() => Assert.Equal(Stages.Draft, Draft().Stage);

    [Fact]
    public void Submit_ByAnEditor_MovesTheDraftToSourcingCheck()
    {
        var article = InSourcingCheck();

        Assert.Equal(Stages.SourcingCheck, article.Stage);
        var moved = Assert.IsType<StageChanged>(article.Events[^1]);
        Assert.Equal(("submit", Stages.Draft, Stages.SourcingCheck, false), (moved.Transition, moved.From, moved.To, moved.BySignOffs));
    }

    [Theory]
    [InlineData("farid")]
    [InlineData("maya")]
    public void Submit_WithoutTheEditorRole_IsRefused(string who)
    {
        var actor = who == "farid" ? FactChecker : Manager;
        var article = Draft();

        Assert.Throws<WorkflowPermissionException>(() => article.Perform("submit", actor, null, Start, Policy, GateFacts.Clear));
        Assert.Equal(Stages.Draft, article.Stage);
    }

    [Fact]
    public void Submit_FromSourcingCheck_IsRefused()
    {
        var article = InSourcingCheck();

        var error = Assert.Throws<EditorialDomainException>(() => article.Perform("submit", Editor, null, Start, Policy, GateFacts.Clear));
        Assert.Contains("is in Sourcing check", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_CannotBePerformed_ItFollowsTheSignOffs()
    {
        var article = InSourcingCheck();

        Assert.Throws<EditorialDomainException>(() => article.Perform("approve", Manager, null, Start, Policy, GateFacts.Clear));
    }

    [Fact]
    public void FactCheckerThenManager_ApproveIt_OnTheLastSignOff_AndNotEarlier()
    {
        var article = InSourcingCheck();

        article.Approve(FactChecker, Roles.FactChecker);
        Assert.Equal(Stages.SourcingCheck, article.Stage);
        article.Approve(Manager, Roles.Manager);

        Assert.Equal(Stages.Approved, article.Stage);
        var moved = Assert.IsType<StageChanged>(article.Events[^1]);
        Assert.True(moved.BySignOffs);
        Assert.Equal(Manager.UserId, moved.ActorId);
    }

    [Fact]
    public void ManagerThenFactChecker_ApproveItToo()
    {
        var article = InSourcingCheck();

        article.Approve(Manager, Roles.Manager);
        Assert.Equal(Stages.SourcingCheck, article.Stage);
        article.Approve(FactChecker, Roles.FactChecker);

        Assert.Equal(Stages.Approved, article.Stage);
    }

    [Fact]
    public void AfterApproval_NoFurtherSignOffIsPossible_SoItFiresOnlyOnce()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        article.Approve(Manager, Roles.Manager);

        Assert.Throws<EditorialDomainException>(() => article.Approve(SecondFactChecker, Roles.FactChecker));
        Assert.Single(article.Events.OfType<StageChanged>(), e => e.To == Stages.Approved);
    }

    [Fact]
    public void SigningOffTwice_IsRefused()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);

        var error = Assert.Throws<EditorialDomainException>(() => article.Approve(FactChecker, Roles.FactChecker));
        Assert.Equal("You have already signed off this text.", error.Message);
        Assert.Single(article.SignOffs);
    }

    [Fact]
    public void SigningInARoleTheUserDoesNotHold_IsRefused()
    {
        var article = InSourcingCheck();

        Assert.Throws<WorkflowPermissionException>(() => article.Approve(FactChecker, Roles.Manager));
        Assert.Throws<EditorialDomainException>(() => article.Approve(Editor, Roles.Editor));
    }

    [Fact]
    public void AChangeOfText_InvalidatesTheSignOff_RecordingTheRevision()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, Roles.FactChecker);

        var revision = article.Revise(TextOf("Over 6,500 of them killed."), Editor, Start.AddMinutes(10), Policy);

        Assert.False(signOff.IsCurrent);
        Assert.Equal(SignOffEnd.TextChanged, signOff.EndReason);
        Assert.Equal(revision!.Number, signOff.EndedByRevisionNumber);
        var ended = Assert.IsType<SignOffEnded>(article.Events.Last(e => e is SignOffEnded));
        Assert.Equal((FactChecker.UserId, 2), (ended.SignerId, ended.ByRevisionNumber!.Value));

        var status = article.Evaluate(Policy.Transition("approve"), GateFacts.Clear);
        var factChecking = status.Requirements.Single(r => r.Role == Roles.FactChecker);
        Assert.Empty(factChecking.Approvals);
        Assert.Equal(signOff.Id, Assert.Single(factChecking.Invalidated).Id);
    }

    [Fact]
    public void AnInvalidatedSignOff_DoesNotCount_SoTheNextSignOffDoesNotApprove()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        article.Revise(TextOf("Changed."), Editor, Start.AddMinutes(10), Policy);

        article.Approve(Manager, Roles.Manager);

        Assert.Equal(Stages.SourcingCheck, article.Stage);
        article.Approve(FactChecker, Roles.FactChecker);
        Assert.Equal(Stages.Approved, article.Stage);
    }

    [Fact]
    public void ASaveThatChangesNothing_InvalidatesNothing()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, Roles.FactChecker);

        var revision = article.Revise(TextOf("Over 6,000 of them killed.  \r\n"), Editor, Start.AddMinutes(10), Policy);

        Assert.Null(revision);
        Assert.True(signOff.IsCurrent);
    }

    [Fact]
    public void SigningOffTextThatChangedWhileReading_IsRefused()
    {
        var article = InSourcingCheck();
        var read = article.CurrentRevisionNumber;
        article.Revise(TextOf("Changed while the dialog was open."), Editor, Start.AddMinutes(2), Policy);

        Assert.Throws<StaleTextException>(() => article.SignOff("approve", FactChecker, Roles.FactChecker, SignOffDecision.Approve,
            null, read, Start.AddMinutes(3), Policy, Authors(), GateFacts.Clear));
        Assert.Empty(article.SignOffs);
    }

    [Fact]
    public void AnAuthorOfText_CannotSignOffAsFactCheckerOrManager()
    {
        var article = InSourcingCheck();
        article.Revise(TextOf("Eli's edit."), EditorAndFactChecker, Start.AddMinutes(2), Policy);

        var error = Assert.Throws<EditorialDomainException>(() =>
            article.Approve(EditorAndFactChecker, Roles.FactChecker, authors: Authors(EditorAndFactChecker.UserId)));
        Assert.Contains("You wrote text in this article", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithSeparationOfDutiesOff_AnAuthorMaySignOff()
    {
        var lenient = WorkflowPolicy.Create(Policy.Stages, Policy.InitialStage, Policy.Transitions, separationOfDuties: false, []);
        var article = InSourcingCheck(lenient);

        article.Approve(EditorAndFactChecker, Roles.FactChecker, policy: lenient, authors: Authors(EditorAndFactChecker.UserId));

        Assert.Single(article.SignOffs);
    }

    [Fact]
    public void AUserWithTwoRoles_SignsInOneAtATime_AndCannotFillBothAlone()
    {
        var article = InSourcingCheck();

        var first = article.Approve(FactCheckerAndManager, Roles.FactChecker);
        article.Approve(FactCheckerAndManager, Roles.Manager);

        Assert.Equal(SignOffEnd.Superseded, first.EndReason);
        Assert.Equal(Stages.SourcingCheck, article.Stage);
        Assert.Single(article.SignOffs, s => s.IsCurrent);
    }

    [Fact]
    public void RequestingChanges_NeedsAComment_AndBlocksApprovalWhileItStands()
    {
        var article = InSourcingCheck();
        Assert.Throws<EditorialDomainException>(() => article.SignOff("approve", SecondFactChecker, Roles.FactChecker,
            SignOffDecision.RequestChanges, "  ", article.CurrentRevisionNumber, Start, Policy, Authors(), GateFacts.Clear));

        article.SignOff("approve", SecondFactChecker, Roles.FactChecker, SignOffDecision.RequestChanges, "Source the 6,000.",
            article.CurrentRevisionNumber, Start.AddMinutes(4), Policy, Authors(), GateFacts.Clear);
        article.Approve(FactChecker, Roles.FactChecker);
        article.Approve(Manager, Roles.Manager);

        Assert.Equal(Stages.SourcingCheck, article.Stage);
        Assert.Single(article.Evaluate(Policy.Transition("approve"), GateFacts.Clear).ChangesRequested);

        article.Approve(SecondFactChecker, Roles.FactChecker);
        Assert.Equal(Stages.Approved, article.Stage);
    }

    [Fact]
    public void AFailingGate_HoldsTheArticle_AndSaysWhy()
    {
        var article = InSourcingCheck();
        var openClaim = new GateFacts(OpenClaims: 1, PendingTrackedChanges: 0, OpenComments: 0);

        article.Approve(FactChecker, Roles.FactChecker, openClaim);
        article.Approve(Manager, Roles.Manager, openClaim);

        Assert.Equal(Stages.SourcingCheck, article.Stage);
        var gate = article.Evaluate(Policy.Transition("approve"), openClaim).Gates.Single(g => !g.Passed);
        Assert.Equal((GateNames.AllClaimsResolved, "1 claim is still open."), (gate.Gate, gate.Reason));
    }

    [Theory]
    [InlineData(GateNames.AllClaimsResolved, 2, 0, 0, "2 claims are still open.")]
    [InlineData(GateNames.NoPendingTrackedChanges, 0, 1, 0, "1 tracked change is still pending.")]
    [InlineData(GateNames.NoOpenComments, 0, 0, 3, "3 comment threads are still open.")]
    public void Gates_FailWithACountedReason(string gate, int claims, int changes, int comments, string reason)
    {
        Assert.True(Gates.Evaluate(gate, GateFacts.Clear).Passed);
        var result = Gates.Evaluate(gate, new GateFacts(claims, changes, comments));
        Assert.False(result.Passed);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void SendBack_NeedsAReason_ThenReturnsToDraft_EndingTheSignOffs()
    {
        var article = InSourcingCheck();
        var signOff = article.Approve(FactChecker, Roles.FactChecker);

        Assert.Throws<EditorialDomainException>(() => article.Perform("send-back", Manager, " \u0000 ", Start, Policy, GateFacts.Clear));
        article.Perform("send-back", Manager, "Needs a second source\u0007.", Start.AddMinutes(20), Policy, GateFacts.Clear);

        Assert.Equal(Stages.Draft, article.Stage);
        Assert.Equal(SignOffEnd.StageLeft, signOff.EndReason);
        Assert.Equal("Needs a second source.", Assert.IsType<StageChanged>(article.Events[^1]).Reason);
    }

    [Fact]
    public void SendBack_ByAnEditor_IsRefused() =>
        Assert.Throws<WorkflowPermissionException>(() =>
            InSourcingCheck().Perform("send-back", Editor, "Because.", Start, Policy, GateFacts.Clear));

    [Fact]
    public void AReasonOf100000Characters_IsRefused() =>
        Assert.Throws<EditorialDomainException>(() =>
            InSourcingCheck().Perform("send-back", FactChecker, new string('x', 100_000), Start, Policy, GateFacts.Clear));

    [Fact]
    public void ApprovedText_IsReadOnly_UntilAManagerReopensItWithAReason()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        article.Approve(Manager, Roles.Manager);

        Assert.Throws<EditorialDomainException>(() => article.Revise(TextOf("Late edit."), Editor, Start.AddHours(1), Policy));
        Assert.Throws<WorkflowPermissionException>(() => article.Perform("reopen", FactChecker, "Error.", Start.AddHours(1), Policy, GateFacts.Clear));
        Assert.Throws<EditorialDomainException>(() => article.Perform("reopen", Manager, "", Start.AddHours(1), Policy, GateFacts.Clear));

        article.Perform("reopen", Manager, "Correction needed.", Start.AddHours(1), Policy, GateFacts.Clear);

        Assert.Equal(Stages.Draft, article.Stage);
        Assert.All(article.SignOffs, s => Assert.False(s.IsCurrent));
        Assert.NotNull(article.Revise(TextOf("Corrected."), Editor, Start.AddHours(2), Policy));
    }

    [Fact]
    public void ACustomPolicy_WithTwoFactCheckerSignOffs_NeedsBoth()
    {
        var policy = WorkflowPolicy.Create(Policy.Stages, Policy.InitialStage,
        [
            Policy.Transition("submit"),
            Policy.Transition("approve") with { RequiredSignOffs = new Dictionary<string, int> { [Roles.FactChecker] = 2 }, Gates = [] },
            Policy.Transition("send-back"),
            Policy.Transition("reopen"),
        ], separationOfDuties: true, [Roles.FactChecker]);
        var article = InSourcingCheck(policy);

        article.Approve(FactChecker, Roles.FactChecker, policy: policy);
        Assert.Equal(Stages.SourcingCheck, article.Stage);
        article.Approve(SecondFactChecker, Roles.FactChecker, policy: policy);

        Assert.Equal(Stages.Approved, article.Stage);
    }

    [Fact]
    public void EveryChange_IsRecordedAsAnEvent_InOrder()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        article.Revise(TextOf("Changed."), Editor, Start.AddMinutes(10), Policy);

        Assert.Equal(
            [nameof(ArticleCreated), nameof(TextRevised), nameof(StageChanged), nameof(SignOffGiven), nameof(TextRevised), nameof(SignOffEnded)],
            article.Events.Select(e => e.GetType().Name));
        article.ClearEvents();
        Assert.Empty(article.Events);
    }
}
