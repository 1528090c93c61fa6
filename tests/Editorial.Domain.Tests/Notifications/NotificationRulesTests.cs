using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Notifications;
using Editorial.Domain.Tests.Workflow;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Notifications;

/// <summary>Notifications point at the exact place they are about: a mention at its thread, a claim to check at the claim.</summary>
public class NotificationRulesTests
{
    private static readonly DateTime Now = WorkflowBuilder.Start.AddHours(1);

    private static List<Notification> For(ArticleEvent happened) =>
        NotificationRules.For(happened, WorkflowBuilder.Draft(), WorkflowBuilder.Authors(), WorkflowPolicy.Default).ToList();

    [Fact]
    public void AMention_InACommentOrAReply_PointsAtItsThread()
    {
        var thread = Guid.NewGuid();

        var comment = Assert.Single(For(new CommentAdded("erin", Now, thread, "Over 6,000", 1, "@farid source?", ["farid"])));
        var reply = Assert.Single(For(new CommentReplied("erin", Now, thread, Guid.NewGuid(), "@maya look", ["maya"])));

        Assert.Equal((NotificationKind.Mentioned, thread, (Guid?)null), (comment.Kind, comment.ThreadId, comment.ClaimId));
        Assert.Equal(("maya", thread), (reply.UserId, reply.ThreadId));
    }

    [Fact]
    public void AClaimGivenToSomeoneToCheck_TellsThem_PointingAtTheClaim_AndNobodyElse()
    {
        var claim = Guid.NewGuid();

        var told = Assert.Single(For(new ClaimAssigned("erin", Now, claim, "farid", "over 6,000 of them killed")));

        Assert.Equal(("farid", NotificationKind.ClaimAssigned, claim, (Guid?)null), (told.UserId, told.Kind, told.ClaimId, told.ThreadId));
        Assert.Contains("“over 6,000 of them killed”", told.Message, StringComparison.Ordinal);
        Assert.Empty(For(new ClaimAssigned("farid", Now, claim, "farid", "over 6,000")));
        Assert.Empty(For(new ClaimAssigned("erin", Now, claim, null, "over 6,000")));
    }

    [Fact]
    public void AnAssignment_PointsAtNoThreadOrClaim()
    {
        var assigned = For(new ArticleAssigned("maya", Now, "farid", null, null));

        Assert.All(assigned, n => Assert.Equal((null, null), (n.ThreadId, n.ClaimId)));
        Assert.NotEmpty(assigned);
    }
}
