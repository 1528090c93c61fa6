using Editorial.Domain.Articles;
using Editorial.Domain.Workflow;
using static Editorial.Domain.Tests.Workflow.WorkflowBuilder;

namespace Editorial.Domain.Tests.Workflow;

public sealed class EmbargoTests
{
    [Fact]
    public void AManager_SetsMovesAndLiftsTheEmbargo_EachTimeRecorded()
    {
        var article = Draft();
        article.ClearEvents();

        article.SetEmbargo(Manager, Start.AddHours(5), Start);
        article.SetEmbargo(Manager, Start.AddHours(5), Start.AddMinutes(1));
        article.SetEmbargo(Manager, null, Start.AddMinutes(2));

        Assert.Null(article.PublishAt);
        Assert.Equal([Start.AddHours(5), null], article.Events.OfType<EmbargoSet>().Select(e => e.PublishAt));
    }

    [Fact]
    public void OnlyAManager_SetsAnEmbargo_InTheFuture_AndNotMoreThanAYearAhead()
    {
        var article = Draft();

        Assert.Throws<WorkflowPermissionException>(() => article.SetEmbargo(Editor, Start.AddHours(1), Start));
        Assert.Throws<WorkflowPermissionException>(() => article.SetEmbargo(FactChecker, Start.AddHours(1), Start));
        Assert.Contains("future", Assert.Throws<EditorialDomainException>(() => article.SetEmbargo(Manager, Start, Start)).Message, StringComparison.Ordinal);
        Assert.Contains("a year", Assert.Throws<EditorialDomainException>(() => article.SetEmbargo(Manager, Start.AddDays(400), Start)).Message, StringComparison.Ordinal);
        Assert.Null(article.PublishAt);
    }

    [Fact]
    public void TheApprovedText_IsReleased_OnlyWhenApprovedAndNoEmbargoHoldsIt()
    {
        var policy = WorkflowPolicy.Default;
        var article = InSourcingCheck(policy);
        article.SetEmbargo(Manager, Start.AddHours(2), Start.AddMinutes(2));
        Assert.False(article.IsReleased(policy, Start.AddHours(3)));

        article.Approve(FactChecker, "FactChecker");
        article.Approve(Manager, "Manager");

        Assert.Equal(Stages.Approved, article.Stage);
        Assert.False(article.IsReleased(policy, Start.AddHours(1)));
        Assert.True(article.IsReleased(policy, Start.AddHours(2).AddSeconds(1)));
    }
}
