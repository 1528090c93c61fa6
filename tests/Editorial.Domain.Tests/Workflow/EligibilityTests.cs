using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Workflow;

public class EligibilityTests
{
    private static readonly WorkflowPolicy Policy = WorkflowPolicy.Default;
    private static readonly WorkflowActor Admin = new("ada", new HashSet<string> { Roles.Admin });

    public static TheoryData<string, ArticleAction, string, bool> Cases => new()
    {
        // Who does what while the text may change...
        { "Editor", ArticleAction.Edit, Stages.Draft, true },
        { "FactChecker", ArticleAction.Edit, Stages.Draft, false },
        { "Manager", ArticleAction.Edit, Stages.SourcingCheck, false },
        { "Editor", ArticleAction.Comment, Stages.Draft, true },
        { "FactChecker", ArticleAction.Comment, Stages.SourcingCheck, true },
        { "Manager", ArticleAction.Comment, Stages.Approved, true },
        { "Admin", ArticleAction.Comment, Stages.Draft, false },
        { "Editor", ArticleAction.FlagClaim, Stages.Draft, true },
        { "FactChecker", ArticleAction.FlagClaim, Stages.SourcingCheck, true },
        { "Manager", ArticleAction.FlagClaim, Stages.SourcingCheck, false },
        { "Editor", ArticleAction.DescribeClaim, Stages.SourcingCheck, true },
        { "Editor", ArticleAction.CheckClaim, Stages.SourcingCheck, false },
        { "FactChecker", ArticleAction.CheckClaim, Stages.Approved, true },
        { "Editor", ArticleAction.DecideChanges, Stages.SourcingCheck, true },
        { "Manager", ArticleAction.DecideChanges, Stages.SourcingCheck, true },
        { "FactChecker", ArticleAction.DecideChanges, Stages.SourcingCheck, false },
        { "Manager", ArticleAction.Assign, Stages.Approved, true },
        { "Editor", ArticleAction.Assign, Stages.Draft, false },
        // ...and what a read-only stage stops, even for those whose role does it.
        { "Editor", ArticleAction.Edit, Stages.Approved, false },
        { "Editor", ArticleAction.FlagClaim, Stages.Approved, false },
        { "Manager", ArticleAction.DecideChanges, Stages.Approved, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachAction_HasOneAnswer_ByRoleAndStage(string who, ArticleAction action, string stage, bool allowed)
    {
        var may = Eligibility.Of(Policy, Actor(who), stage);

        Assert.Equal(allowed, may.May(action));
        Assert.Equal(allowed, may.PossibleActions().Any(a => a.Kind == PossibleAction.KindOf(action)));
    }

    [Fact]
    public void ARoleRefusal_IsAPermissionError_AndAStageRefusal_IsARuleError()
    {
        var roleRefusal = Eligibility.Of(Policy, FactChecker, Stages.Draft).Refusal(ArticleAction.Edit);
        var stageRefusal = Eligibility.Of(Policy, Editor, Stages.Approved).Refusal(ArticleAction.Edit);

        Assert.IsType<WorkflowPermissionException>(roleRefusal);
        Assert.IsType<EditorialDomainException>(stageRefusal);
        Assert.Contains("read-only", stageRefusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditorWhoIsAlsoAFactChecker_AndWroteTheText_MayNotGiveTheFactCheckSignOff()
    {
        var may = Eligibility.Of(Policy, EditorAndFactChecker, Stages.SourcingCheck, Authors(EditorAndFactChecker.UserId));

        var refusal = may.RefusalToSignOff(Policy.Transition("approve"), Roles.FactChecker);

        Assert.IsType<EditorialDomainException>(refusal);
        Assert.Contains("You wrote text in this article", refusal.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(may.PossibleActions(), a => a.Kind == PossibleAction.SignOff);
    }

    [Fact]
    public void PossibleActions_ListWhatEachPersonMayDo_InSourcingCheck()
    {
        string[] Of(WorkflowActor actor) => Eligibility.Of(Policy, actor, Stages.SourcingCheck, Authors())
            .PossibleActions().Select(a => a.Role is null ? a.Transition ?? a.Kind : $"{a.Transition}:{a.Role}").ToArray();

        Assert.Equal(["edit", "comment", "flag-claim", "describe-claim", "decide-changes", "suggest"], Of(Editor));
        Assert.Equal(["comment", "flag-claim", "describe-claim", "check-claim", "suggest", "approve:FactChecker", "send-back"], Of(FactChecker));
        Assert.Equal(["comment", "decide-changes", "assign", "suggest", "set-embargo", "approve:Manager", "send-back"], Of(Manager));
        Assert.Empty(Of(Admin));
    }

    [Fact]
    public void ATransition_FromAnotherStage_OrBySignOff_IsNotPerformed()
    {
        var inDraft = Eligibility.Of(Policy, Manager, Stages.Draft);
        var inCheck = Eligibility.Of(Policy, Manager, Stages.SourcingCheck);

        Assert.Contains("not possible now", inDraft.RefusalToPerform(Policy.Transition("send-back"))!.Message, StringComparison.Ordinal);
        Assert.Contains("happens by itself", inCheck.RefusalToPerform(Policy.Transition("approve"))!.Message, StringComparison.Ordinal);
        Assert.IsType<WorkflowPermissionException>(Eligibility.Of(Policy, FactChecker, Stages.Approved).RefusalToPerform(Policy.Transition("reopen")));
        Assert.Null(Eligibility.Of(Policy, Manager, Stages.Approved).RefusalToPerform(Policy.Transition("reopen")));
    }

    [Fact]
    public void TheWebsWriteRoles_AreTheEditRoles() =>
        Assert.Equal([Roles.Editor], Eligibility.RolesFor(ArticleAction.Edit));

    private static WorkflowActor Actor(string who) => who switch
    {
        "Editor" => Editor,
        "FactChecker" => FactChecker,
        "Manager" => Manager,
        _ => Admin,
    };
}
