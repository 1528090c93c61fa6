using Editorial.Web.Features.People;
using Editorial.Domain.Workflow;
using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Tests.Features.Workflow;

public sealed class WorkflowPanelTests : ComponentTestContext
{
    private static readonly Guid ArticleId = Guid.NewGuid();
    private static readonly DateTime Noon = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private static readonly IReadOnlyList<StageView> InSourcingCheck =
        [new("Draft", "Draft", false, false), new("SourcingCheck", "Sourcing check", true, false), new("Approved", "Approved", false, true)];

    private static readonly AssignmentView Unassigned = new(null, null, null, false, false);

    private static SignOffView SignOff(string name, string role, SignOffDecision decision = SignOffDecision.Approve,
        SignOffEnd? end = null, int? endedBy = null, string userId = "other") =>
        new(Guid.NewGuid(), userId, name, role, decision, decision == SignOffDecision.RequestChanges ? "Source the 6,000." : "", 1, Noon, end, endedBy);

    private static TransitionView Approve(
        IReadOnlyList<SignOffView>? factChecker = null,
        IReadOnlyList<SignOffView>? invalidated = null,
        IReadOnlyList<GateResult>? gates = null,
        IReadOnlyList<SignOffView>? changesRequested = null,
        IReadOnlyList<string>? signable = null,
        string? whyNot = null,
        SignOffView? mine = null) =>
        new("approve", "Approve for publication", "Approved", true, false, [],
            [
                new RequirementView("FactChecker", 1, factChecker ?? [], invalidated ?? []),
                new RequirementView("Manager", 1, [], []),
            ],
            gates ?? [new GateResult(GateNames.AllClaimsResolved, "All claims resolved", true, null)],
            changesRequested ?? [],
            false,
            signable ?? [],
            whyNot,
            mine);

    private static readonly TransitionView SendBack =
        new("send-back", "Send back to draft", "Draft", false, true, ["FactChecker", "Manager"], [], [], [], true, [], null, null);

    private IRenderedComponent<WorkflowPanel> Render(params TransitionView[] transitions) =>
        Context.Render<WorkflowPanel>(p => p.Add(w => w.View, new WorkflowView(ArticleId, "SourcingCheck", InSourcingCheck, 2, transitions, null, Unassigned, [])));

    [Fact]
    public void TheStepper_MarksTheCurrentStage()
    {
        var panel = Render(Approve());

        var current = panel.Find("[aria-current=step]");
        Assert.Contains("Sourcing check", current.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, panel.FindAll("nav[aria-label='Workflow stages'] .mud-chip").Count);
    }

    [Fact]
    public void MissingSignOffs_AreShownAsMissing()
    {
        var panel = Render(Approve());

        Assert.Contains("FactChecker sign-off: 0 of 1 (missing)", panel.Find("[data-testid=requirement-FactChecker]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AValidSignOff_IsShownAsDone_WithWhoAndWhichRevision()
    {
        var panel = Render(Approve(factChecker: [SignOff("Farid Factchecker", "FactChecker")]));

        var requirement = panel.Find("[data-testid=requirement-FactChecker]").TextContent;
        Assert.Contains("1 of 1 (done)", requirement, StringComparison.Ordinal);
        Assert.Contains("Farid Factchecker signed off revision 1", requirement, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidatedSignOff_SaysWhichRevisionInvalidatedIt()
    {
        var panel = Render(Approve(invalidated: [SignOff("Farid Factchecker", "FactChecker", end: SignOffEnd.TextChanged, endedBy: 2)]));

        var requirement = panel.Find("[data-testid=requirement-FactChecker]").TextContent;
        Assert.Contains("invalidated — needs a new sign-off", requirement, StringComparison.Ordinal);
        Assert.Contains("Farid Factchecker signed revision 1 — invalidated by revision 2", requirement, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailingGate_SaysWhy()
    {
        var panel = Render(Approve(gates: [new GateResult(GateNames.AllClaimsResolved, "All claims resolved", false, "2 claims are still open.")]));

        Assert.Contains("All claims resolved: 2 claims are still open.", panel.Find($"[data-testid=gate-{GateNames.AllClaimsResolved}]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ARequestForChanges_IsShownWithItsComment()
    {
        var panel = Render(Approve(changesRequested: [SignOff("Fiona", "FactChecker", SignOffDecision.RequestChanges)]));

        Assert.Contains("Fiona asked for changes to revision 1", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("Source the 6,000.", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheActionsTheUserMayTake_AreButtons()
    {
        var reader = Render(Approve(), SendBack with { CanPerform = false });
        Assert.Empty(reader.FindAll("button"));

        var factChecker = Render(Approve(signable: ["FactChecker"]), SendBack);
        Assert.Equal(["Sign off as FactChecker", "Request changes as FactChecker", "Send back to draft"],
            factChecker.FindAll("button").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public void AfterSigningOff_TheSignOffButtonGoes_AndTheDecisionIsShown()
    {
        var mine = SignOff("Farid Factchecker", "FactChecker", userId: "me");
        var panel = Render(Approve(factChecker: [mine], signable: ["FactChecker"], mine: mine));

        Assert.Equal(["Request changes as FactChecker"], panel.FindAll("button").Select(b => b.TextContent.Trim()));
        Assert.Contains("signed off", panel.Find("[data-testid=my-decision]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAuthor_IsToldWhyTheyCannotSign()
    {
        var panel = Render(Approve(whyNot: "You wrote text in this article, so you cannot sign it off."));

        Assert.Contains("You wrote text in this article", panel.Markup, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public void ClickingAnAction_ReportsItToThePage()
    {
        WorkflowAction? asked = null;
        var panel = Context.Render<WorkflowPanel>(p => p
            .Add(w => w.View, new WorkflowView(ArticleId, "SourcingCheck", InSourcingCheck, 2, [Approve(signable: ["FactChecker"])], null, Unassigned, []))
            .Add(w => w.OnAction, (WorkflowAction a) => asked = a));

        panel.FindAll("button").First(b => b.TextContent.Contains("Sign off", StringComparison.Ordinal)).Click();

        Assert.Equal(("approve", "FactChecker", SignOffDecision.Approve), (asked!.Transition.Name, asked.Role, asked.Decision!.Value));
    }

    [Fact]
    public void AnInvalidatedSignOffOfMine_LinksToWhatChanged()
    {
        var mine = SignOff("Me", "FactChecker", end: SignOffEnd.TextChanged, endedBy: 3, userId: "me");
        var panel = Context.Render<WorkflowPanel>(p => p.Add(w => w.View,
            new WorkflowView(ArticleId, "SourcingCheck", InSourcingCheck, 3, [Approve()], mine, Unassigned, [])));

        var notice = panel.Find("[data-testid=my-invalidated-sign-off]");
        Assert.Contains("invalidated by revision 3", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/articles/{ArticleId}/since-my-sign-off", notice.QuerySelector("a")!.GetAttribute("href"));
    }
}

public sealed class AssignmentLineTests : ComponentTestContext
{
    [Fact]
    public void ShowsAssigneesAndAnOverdueDate_AndTheAssignButtonOnlyForManagers()
    {
        var due = new DateTime(2026, 11, 28, 23, 59, 59, DateTimeKind.Utc);
        var assignment = new AssignmentView(new PersonView("f", "Farid Factchecker"), null, due, IsOverdue: true, CanAssign: false);

        var line = Context.Render<AssignmentLine>(p => p.Add(a => a.Assignment, assignment));

        Assert.Contains("Fact-checker: Farid Factchecker", line.Find("[data-testid=assignment]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Manager: unassigned", line.Find("[data-testid=assignment]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", line.Find("[data-testid=overdue]").TextContent.Trim());
        Assert.Empty(line.FindAll("button"));

        var forManager = Context.Render<AssignmentLine>(p => p.Add(a => a.Assignment, assignment with { CanAssign = true }));
        Assert.Equal("Assign", forManager.Find("button").TextContent.Trim());
    }
}
