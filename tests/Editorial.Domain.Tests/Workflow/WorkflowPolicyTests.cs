using Editorial.Domain.Users;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Workflow;

public class WorkflowPolicyTests
{
    private static readonly StageDefinition[] ThreeStages =
        [new(Stages.Draft, "Draft"), new(Stages.SourcingCheck, "Sourcing check"), new(Stages.Approved, "Approved", true)];

    private static TransitionDefinition Performed(string name, string from, string to, params string[] roles) =>
        new(name, name, from, to, roles, new Dictionary<string, int>(), []);

    private static TransitionDefinition BySignOff(string name, string from, string to, Dictionary<string, int> required, params string[] gates) =>
        new(name, name, from, to, [], required, gates);

    private static InvalidWorkflowPolicyException Refused(IReadOnlyList<StageDefinition> stages, params TransitionDefinition[] transitions) =>
        Assert.Throws<InvalidWorkflowPolicyException>(() =>
            WorkflowPolicy.Create(stages, Stages.Draft, transitions, separationOfDuties: true, [Roles.FactChecker]));

    [Fact]
    public void Default_IsTheDesignsPolicy()
    {
        var policy = WorkflowPolicy.Default;

        Assert.Equal([Stages.Draft, Stages.SourcingCheck, Stages.Approved], policy.Stages.Select(s => s.Name));
        Assert.True(policy.Stage(Stages.Approved).TextReadOnly);
        var approve = policy.Transition("approve");
        Assert.Equal(1, approve.RequiredSignOffs[Roles.FactChecker]);
        Assert.Equal(1, approve.RequiredSignOffs[Roles.Manager]);
        Assert.Equal([GateNames.AllClaimsResolved, GateNames.NoPendingTrackedChanges], approve.Gates);
        Assert.True(policy.Transition("send-back").ReasonRequired);
        Assert.Equal([Roles.Manager], policy.Transition("reopen").PerformedBy);
        Assert.True(policy.IsSeparated(Roles.FactChecker));
        Assert.False(policy.IsSeparated(Roles.Editor));
    }

    [Fact]
    public void AnUnknownRole_IsRefused_NamingIt()
    {
        var error = Refused(ThreeStages,
            Performed("submit", Stages.Draft, Stages.SourcingCheck, "Editer"),
            BySignOff("approve", Stages.SourcingCheck, Stages.Approved, new() { [Roles.FactChecker] = 1 }));

        Assert.Contains("unknown role 'Editer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreachableStage_IsRefused()
    {
        var error = Refused(ThreeStages, Performed("submit", Stages.Draft, Stages.SourcingCheck, Roles.Editor));

        Assert.Contains("stage 'Approved' cannot be reached from 'Draft'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProblem_IsListed()
    {
        var error = Refused(ThreeStages,
            Performed("submit", Stages.Draft, "Sourcing", Roles.Editor),
            BySignOff("approve", Stages.SourcingCheck, Stages.Approved, new() { [Roles.Manager] = 0 }, "AllClaimsResolvd"),
            Performed("submit", Stages.Draft, Stages.Draft));

        Assert.Contains(error.Problems, p => p.Contains("enters unknown stage 'Sourcing'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("requires 0 Manager sign-offs", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("unknown gate 'AllClaimsResolvd'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("transition 'submit' is defined twice", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("does not change the stage", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("either performers or required sign-offs", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownInitialStage_IsRefused() =>
        Assert.Throws<InvalidWorkflowPolicyException>(() =>
            WorkflowPolicy.Create(ThreeStages, "Drafts", [], separationOfDuties: false, []));

    [Fact]
    public void ACustomPolicy_WithTwoFactCheckersAndALegalStage_IsAccepted()
    {
        var policy = WorkflowPolicy.Create(
            [new(Stages.Draft, "Draft"), new("Legal", "Legal review"), new(Stages.Approved, "Approved", true)],
            Stages.Draft,
            [
                Performed("submit", Stages.Draft, "Legal", Roles.Editor),
                BySignOff("approve", "Legal", Stages.Approved, new() { [Roles.FactChecker] = 2 }),
                Performed("reopen", Stages.Approved, Stages.Draft, Roles.Manager),
            ],
            separationOfDuties: false,
            []);

        Assert.Equal("Legal review", policy.Stage("Legal").Label);
        Assert.False(policy.IsSeparated(Roles.FactChecker));
    }
}
