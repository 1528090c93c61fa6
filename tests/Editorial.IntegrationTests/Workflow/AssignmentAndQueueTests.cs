using System.Security.Claims;
using Editorial.Domain.Notifications;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Dashboard;
using Editorial.Web.Features.Notifications;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;

namespace Editorial.IntegrationTests.Workflow;

/// <summary>Assignment, the "needs my action" queues, the filtered list and notifications, on PostgreSQL.</summary>
public abstract class AssignmentAndQueueTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private async Task<Guid> SubmittedAsync(string title)
    {
        var editor = await As(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft(title, "Over 6,000 killed.")));
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null));
        return article.Id;
    }

    private async Task<string> IdOf(string email) => (await As(email)).RequireUserId();

    private Task<DashboardView> DashboardOf(ClaimsPrincipal user) => WithAsync<DashboardService, DashboardView>(d => d.GetAsync(user));

    private Task<IReadOnlyList<NotificationView>> NotificationsOf(ClaimsPrincipal user) =>
        WithAsync<NotificationService, IReadOnlyList<NotificationView>>(n => n.LatestAsync(user));

    [Fact]
    public async Task AManager_Assigns_TheAssigneesAreNotified_AndTheAssignmentShows()
    {
        var id = await SubmittedAsync("Assigned story");
        var manager = await As(DemoUsers.Manager);
        var due = new DateTime(2030, 1, 31, 23, 59, 59, DateTimeKind.Utc);

        var view = await WithAsync<WorkflowService, WorkflowView>(async w =>
            await w.AssignAsync(manager, id, await IdOf(DemoUsers.FactChecker), await IdOf(DemoUsers.Manager), due));

        Assert.Equal("Farid Factchecker", view.Assignment.FactChecker!.Name);
        Assert.Equal("Maya Manager", view.Assignment.Manager!.Name);
        Assert.Equal(due, view.Assignment.DueAt);
        Assert.False(view.Assignment.IsOverdue);
        var factCheckerNews = await NotificationsOf(await As(DemoUsers.FactChecker));
        Assert.Contains(factCheckerNews, n => n.ArticleId == id && n.Kind == NotificationKind.Assigned && n.Message.Contains("fact-check", StringComparison.Ordinal));
        // The manager assigned themself: nobody is told of their own act.
        Assert.DoesNotContain(await NotificationsOf(manager), n => n.ArticleId == id && n.Kind == NotificationKind.Assigned);
    }

    [Fact]
    public async Task OnlyManagers_Assign_AndOnlyToHoldersOfTheRole()
    {
        var id = await SubmittedAsync("Guarded story");
        var editor = await As(DemoUsers.Editor);
        var manager = await As(DemoUsers.Manager);

        await Assert.ThrowsAsync<WorkflowPermissionException>(() => WithAsync<WorkflowService, WorkflowView>(w => w.AssignAsync(editor, id, null, null, null)));
        await Assert.ThrowsAsync<Editorial.Domain.EditorialDomainException>(async () =>
            await WithAsync<WorkflowService, WorkflowView>(async w => await w.AssignAsync(manager, id, await IdOf(DemoUsers.Editor), null, null)));
        await Assert.ThrowsAsync<NotFoundException>(() => WithAsync<WorkflowService, WorkflowView>(w => w.AssignAsync(manager, id, "no-such-user", null, null)));
    }

    [Fact]
    public async Task APastDueDate_MakesTheArticleOverdue_InTheListAndTheQueue()
    {
        var id = await SubmittedAsync("Late story");
        var manager = await As(DemoUsers.Manager);
        await WithAsync<WorkflowService, WorkflowView>(w => w.AssignAsync(manager, id, null, null, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));

        var list = await WithAsync<ArticleService, ArticleListResult>(a => a.ListAsync(manager, new ArticleFilter(Text: "late story"), null, 10));
        var queue = await DashboardOf(manager);

        Assert.True(Assert.Single(list.Items).IsOverdue);
        Assert.True(queue.NeedsMyAction.First().Article.IsOverdue);
        Assert.Equal(id, queue.NeedsMyAction.First().Article.Id);
    }

    [Fact]
    public async Task TheFactCheckersQueue_HoldsArticlesLackingTheirSignOff_AndThoseAnEditInvalidated()
    {
        var waiting = await SubmittedAsync("Waiting for checks");
        var signed = await SubmittedAsync("Already checked");
        var factChecker = await As(DemoUsers.FactChecker);
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(factChecker, signed, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 1));

        var before = await DashboardOf(factChecker);
        Assert.Contains(before.NeedsMyAction, q => q.Article.Id == waiting && q.Reason == "Needs your FactChecker sign-off");
        Assert.DoesNotContain(before.NeedsMyAction, q => q.Article.Id == signed);

        var editor = await As(DemoUsers.Editor);
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, signed, 1, new ArticleDraft("Already checked", "Over 6,500 killed.")));

        var after = await DashboardOf(factChecker);
        var invalidated = Assert.Single(after.NeedsMyAction, q => q.Article.Id == signed);
        Assert.True(invalidated.SignOffInvalidated);
        var news = await NotificationsOf(factChecker);
        Assert.Contains(news, n => n.ArticleId == signed && n.Kind == NotificationKind.SignOffInvalidated && n.Message.Contains("revision 2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SomeoneWhoWroteTheArticle_IsNotAskedForASignOffTheyMayNotGive()
    {
        var both = await As(DemoUsers.EditorAndFactChecker);
        var mine = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(both, new ArticleDraft("Written by Eli", "Over 6,000 killed.")));
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(both, mine.Id, "submit", null));
        var someoneElses = await SubmittedAsync("Written by Erin");

        var queue = (await DashboardOf(both)).NeedsMyAction;
        var panel = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(both, mine.Id));

        Assert.DoesNotContain(queue, q => q.Article.Id == mine.Id);
        Assert.Contains(queue, q => q.Article.Id == someoneElses && q.Reason == "Needs your FactChecker sign-off");
        Assert.Contains(panel.Transitions, t => t.Name == "approve" && t.SignableRoles.Count == 0 && t.WhyNotSignable is not null);
    }

    [Fact]
    public async Task AnArticleAssignedToSomeoneElse_LeavesMyQueue()
    {
        var id = await SubmittedAsync("Someone else's check");
        var manager = await As(DemoUsers.Manager);
        var other = await App.CreateUserAsync("other.checker@newsroom.example", Roles.FactChecker);
        await WithAsync<WorkflowService, WorkflowView>(w => w.AssignAsync(manager, id, other.RequireUserId(), null, null));

        Assert.DoesNotContain((await DashboardOf(await As(DemoUsers.FactChecker))).NeedsMyAction, q => q.Article.Id == id);
        Assert.Contains((await DashboardOf(other)).NeedsMyAction, q => q.Article.Id == id);
    }

    [Fact]
    public async Task AnEditorsQueue_HoldsTheirDrafts_AndTheyAreToldWhenOneIsSentBack()
    {
        var id = await SubmittedAsync("Sent back story");
        var editor = await As(DemoUsers.Editor);
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.PerformAsync(await As(DemoUsers.FactChecker), id, "send-back", "Needs a second source."));

        Assert.Contains((await DashboardOf(editor)).NeedsMyAction, q => q.Article.Id == id && q.Reason == "Your draft");
        var news = Assert.Single(await NotificationsOf(editor), n => n.ArticleId == id);
        Assert.Equal(NotificationKind.SentBack, news.Kind);
        Assert.Contains("Needs a second source.", news.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approval_IsAnnounced_AndNotificationsAreMarkedReadByTheirOwnerOnly()
    {
        var id = await SubmittedAsync("Approved story");
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.SignOffAsync(await As(DemoUsers.FactChecker), id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 1));
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.SignOffAsync(await As(DemoUsers.Manager), id, "approve", Roles.Manager, SignOffDecision.Approve, null, 1));
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);

        var approved = Assert.Single(await NotificationsOf(editor), n => n.ArticleId == id && n.Kind == NotificationKind.Approved);
        Assert.Contains(await NotificationsOf(factChecker), n => n.ArticleId == id && n.Kind == NotificationKind.Approved);
        var unreadBefore = await WithAsync<NotificationService, int>(n => n.UnreadCountAsync(editor));

        await Assert.ThrowsAsync<NotFoundException>(() => WithAsync<NotificationService>(n => n.MarkReadAsync(factChecker, approved.Id)));
        await WithAsync<NotificationService>(n => n.MarkReadAsync(editor, approved.Id));
        Assert.Equal(unreadBefore - 1, await WithAsync<NotificationService, int>(n => n.UnreadCountAsync(editor)));

        await WithAsync<NotificationService>(n => n.MarkAllReadAsync(editor));
        Assert.Equal(0, await WithAsync<NotificationService, int>(n => n.UnreadCountAsync(editor)));
    }

    [Fact]
    public async Task TheList_FiltersByStageAssigneeAuthorTitleAndDueDate()
    {
        var id = await SubmittedAsync("Filterable 100% story");
        var manager = await As(DemoUsers.Manager);
        var due = new DateTime(2031, 3, 14, 23, 59, 59, DateTimeKind.Utc);
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.AssignAsync(manager, id, await IdOf(DemoUsers.FactChecker), null, due));

        async Task<IReadOnlyList<ArticleListItem>> Find(ArticleFilter filter) =>
            (await WithAsync<ArticleService, ArticleListResult>(a => a.ListAsync(manager, filter, null, 100))).Items;

        Assert.Contains(await Find(new ArticleFilter(Stage: Stages.SourcingCheck)), a => a.Id == id);
        Assert.DoesNotContain(await Find(new ArticleFilter(Stage: Stages.Draft)), a => a.Id == id);
        Assert.Contains(await Find(new ArticleFilter(AssigneeId: await IdOf(DemoUsers.FactChecker))), a => a.Id == id);
        Assert.DoesNotContain(await Find(new ArticleFilter(AssigneeId: await IdOf(DemoUsers.Manager))), a => a.Id == id);
        Assert.Contains(await Find(new ArticleFilter(Author: "erin")), a => a.Id == id);
        Assert.Contains(await Find(new ArticleFilter(Text: "100%")), a => a.Id == id);
        Assert.Empty(await Find(new ArticleFilter(Text: "%_ no such")));
        Assert.Contains(await Find(new ArticleFilter(DueBefore: due.AddSeconds(1))), a => a.Id == id);
        Assert.DoesNotContain(await Find(new ArticleFilter(DueBefore: due)), a => a.Id == id);
        Assert.All(await Find(new ArticleFilter(DueBefore: due.AddSeconds(1))), a => Assert.True(a.DueAt < due.AddSeconds(1)));
    }

    [Fact]
    public async Task StageCounts_CountEveryStage()
    {
        await SubmittedAsync("Counted story");

        var counts = (await DashboardOf(await As(DemoUsers.Manager))).StageCounts;

        Assert.Equal([Stages.Draft, Stages.SourcingCheck, Stages.Approved], counts.Select(c => c.Stage));
        Assert.True(counts.Single(c => c.Stage == Stages.SourcingCheck).Count >= 1);
        Assert.True(counts.Single(c => c.Stage == Stages.Draft).Count >= 1);
    }
}

/// <summary><see cref="AssignmentAndQueueTests"/> on PostgreSQL.</summary>
public sealed class AssignmentAndQueueTestsOnPostgres(PostgresDatabase database) : AssignmentAndQueueTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="AssignmentAndQueueTests"/> on the embedded SQLite default.</summary>
public sealed class AssignmentAndQueueTestsOnSqlite(SqliteFolder database) : AssignmentAndQueueTests(database), IClassFixture<SqliteFolder>;
