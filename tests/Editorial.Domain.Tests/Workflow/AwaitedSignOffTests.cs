using Editorial.Domain.Articles;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Workflow;

/// <summary>What an article awaits: the one definition the work queues are built from.</summary>
public class AwaitedSignOffTests
{
    private static readonly WorkflowPolicy Policy = WorkflowPolicy.Default;

    [Fact]
    public void ADraft_AwaitsNoSignOff() => Assert.Empty(Draft().AwaitedSignOffs(Policy));

    [Fact]
    public void ASubmittedArticle_AwaitsEveryRequiredRole_ForNobodyInParticular() =>
        Assert.Equal(
            [new AwaitedSignOff("approve", Roles.FactChecker, null), new AwaitedSignOff("approve", Roles.Manager, null)],
            InSourcingCheck().AwaitedSignOffs(Policy).OrderBy(a => a.Role, StringComparer.Ordinal));

    [Fact]
    public void AGivenSignOff_IsNoLongerAwaited_UntilAnEditInvalidatesIt()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        Assert.Equal([Roles.Manager], article.AwaitedSignOffs(Policy).Select(a => a.Role));

        article.Revise(TextOf("Over 6,500 of them killed."), Editor, Start.AddMinutes(10), Policy);

        Assert.Equal([Roles.FactChecker, Roles.Manager], article.AwaitedSignOffs(Policy).Select(a => a.Role).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAssignedArticle_AwaitsItsAssignees()
    {
        var article = InSourcingCheck();
        article.Assign(Manager, new Assignee("fiona", new HashSet<string> { Roles.FactChecker }), new Assignee("maya", new HashSet<string> { Roles.Manager }), null, Start.AddMinutes(2));

        Assert.Equal(
            [new AwaitedSignOff("approve", Roles.FactChecker, "fiona"), new AwaitedSignOff("approve", Roles.Manager, "maya")],
            article.AwaitedSignOffs(Policy).OrderBy(a => a.Role, StringComparer.Ordinal));
    }

    [Fact]
    public void AnApprovedArticle_AwaitsNothing()
    {
        var article = InSourcingCheck();
        article.Approve(FactChecker, Roles.FactChecker);
        article.Approve(Manager, Roles.Manager);

        Assert.Equal(Stages.Approved, article.Stage);
        Assert.Empty(article.AwaitedSignOffs(Policy));
    }
}
