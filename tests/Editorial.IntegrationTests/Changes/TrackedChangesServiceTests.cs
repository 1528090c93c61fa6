using System.Security.Claims;
using Editorial.Domain.Articles;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Changes;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Changes;

/// <summary>Accepting and rejecting tracked changes through the service the review page calls, on PostgreSQL.</summary>
public abstract class TrackedChangesServiceTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Original = "Kim drove a forklift.\nOver 6,000 were killed.";
    private const string Edited = "Kim drove a yellow forklift.\nOver 6,500 were killed.";

    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private async Task<Guid> EditedArticleAsync()
    {
        var editor = await As(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Tracked", Original)));
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, article.Id, 1, new ArticleDraft("Tracked", Edited)));
        return article.Id;
    }

    private Task<TrackedChangesView> ViewAsync(ClaimsPrincipal user, Guid id) =>
        WithAsync<TrackedChangesService, TrackedChangesView>(s => s.GetAsync(user, id));

    [Fact]
    public async Task PendingChanges_AreTheEditsSinceTheFirstRevision()
    {
        var id = await EditedArticleAsync();

        var view = await ViewAsync(await As(DemoUsers.FactChecker), id);

        Assert.Equal(2, view.Changes.Count);
        Assert.Equal(Original, view.Baseline);
        Assert.Equal(Edited, view.Current);
        Assert.False(view.CanDecide);
    }

    [Fact]
    public async Task AcceptingOne_MovesItIntoTheBaseline_WithoutANewRevision()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var view = await ViewAsync(editor, id);
        var figure = view.Changes.Single(c => c.Change.Added == "6,500").Change;

        var after = await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.Only([figure.Id]), view.RevisionNumber, view.BaselineNumber));

        Assert.Single(after.Changes);
        Assert.Equal(2, after.RevisionNumber);
        Assert.Equal(1, after.BaselineNumber);
        Assert.Contains("6,500", after.Baseline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RejectingAll_RestoresTheText_AsANewRevision_AndInvalidatesSignOffs()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, id, "submit", null));
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(factChecker, id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 2));
        var manager = await As(DemoUsers.Manager);
        var view = await ViewAsync(manager, id);

        var after = await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.RejectAsync(manager, id, ChangeSelection.All, view.RevisionNumber, view.BaselineNumber));

        Assert.Empty(after.Changes);
        Assert.Equal(Original, after.Current);
        Assert.Equal(3, after.RevisionNumber);
        var revision = await WithAsync<EditorialDbContext, Revision>(db => db.Revisions.SingleAsync(r => r.ArticleId == id && r.Number == 3));
        Assert.Equal(RevisionKind.Reject, revision.Kind);
        var workflow = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(factChecker, id));
        Assert.Equal(3, workflow.MyInvalidatedSignOff!.EndedByRevisionNumber);
    }

    [Fact]
    public async Task PendingChanges_BlockApproval_UntilDecided()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, id, "submit", null));
        await WithAsync<WorkflowService, WorkflowView>(async w => await w.SignOffAsync(await As(DemoUsers.FactChecker), id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 2));
        var blocked = await WithAsync<WorkflowService, WorkflowView>(async w => await w.SignOffAsync(await As(DemoUsers.Manager), id, "approve", Roles.Manager, SignOffDecision.Approve, null, 2));

        Assert.Equal(Stages.SourcingCheck, blocked.Stage);
        var gate = blocked.Transitions.Single(t => t.Name == "approve").Gates.Single(g => g.Gate == GateNames.NoPendingTrackedChanges);
        Assert.Equal("2 tracked changes are still pending.", gate.Reason);

        // Accepting every change (which leaves the text, and so the sign-offs, as they are) opens the
        // last gate, and the sign-offs given before carry the article on.
        var view = await ViewAsync(editor, id);
        await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.All, view.RevisionNumber, view.BaselineNumber));
        var workflow = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(editor, id));
        Assert.Equal(Stages.Approved, workflow.Stage);
    }

    [Fact]
    public async Task ADecisionOnAStaleView_OrAVanishedChange_IsRefused_AndChangesNothing()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var view = await ViewAsync(editor, id);
        var change = view.Changes[0].Change;
        await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.Only([change.Id]), view.RevisionNumber, view.BaselineNumber));

        await Assert.ThrowsAsync<StaleTextException>(() =>
            WithAsync<TrackedChangesService, TrackedChangesView>(s => s.RejectAsync(editor, id, ChangeSelection.Only([view.Changes[1].Change.Id]), view.RevisionNumber, view.BaselineNumber)));
        await Assert.ThrowsAsync<StaleTextException>(() =>
            WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.Only(["0000000000000000"]), view.RevisionNumber, 1)));

        var now = await ViewAsync(editor, id);
        Assert.Single(now.Changes);
        Assert.Equal(2, now.RevisionNumber);
    }

    [Theory]
    [InlineData(DemoUsers.FactChecker)]
    [InlineData(DemoUsers.Admin)]
    public async Task OnlyEditorsAndManagers_Decide(string email)
    {
        var id = await EditedArticleAsync();
        var user = await As(email);
        var view = await ViewAsync(user, id);

        await Assert.ThrowsAsync<WorkflowPermissionException>(() =>
            WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(user, id, ChangeSelection.All, view.RevisionNumber, view.BaselineNumber)));
    }

    [Fact]
    public async Task EveryDecision_IsInTheAuditLog()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var view = await ViewAsync(editor, id);
        await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.Only([view.Changes[0].Change.Id]), view.RevisionNumber, view.BaselineNumber));
        view = await ViewAsync(editor, id);
        await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.RejectAsync(editor, id, ChangeSelection.All, view.RevisionNumber, view.BaselineNumber));

        var timeline = await WithAsync<WorkflowService, IReadOnlyList<TimelineEntry>>(w => w.TimelineAsync(editor, id));

        Assert.Contains(timeline, e => e.Sentence == "Erin Editor accepted 1 tracked change into the accepted text.");
        Assert.Contains(timeline, e => e.Sentence == "Erin Editor rejected 1 tracked change, making revision 3.");
    }

    [Fact]
    public async Task EachChange_IsCreditedToItsAuthor_WithTheTime_AndOneAuthorsChangesCanBeDecidedTogether()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var secondEditor = await App.CreateUserAsync("dana@editorial.test", Roles.Editor);
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(secondEditor, id, 2,
            new ArticleDraft("Tracked", Edited + "\nThe memorial stands.")));

        var view = await ViewAsync(editor, id);

        Assert.Equal(["Erin Editor", "Erin Editor", "dana"], view.Changes.Select(c => c.Authors.Single().Name));
        Assert.Equal([2, 2, 3], view.Changes.Select(c => c.Credits.Single().RevisionNumber));
        Assert.All(view.Changes, c => Assert.NotNull(c.ChangedAt));
        Assert.Equal(["dana", "Erin Editor"], view.Authors.Select(a => a.Author.Name));

        var danaId = view.Changes[2].Authors[0].UserId;
        var after = await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.RejectAsync(editor, id, ChangeSelection.By(danaId), view.RevisionNumber, view.BaselineNumber));

        Assert.Equal(Edited, after.Current);
        Assert.Equal(["Erin Editor", "Erin Editor"], after.Changes.Select(c => c.Authors.Single().Name));
        await Assert.ThrowsAsync<StaleTextException>(() =>
            WithAsync<TrackedChangesService, TrackedChangesView>(s => s.AcceptAsync(editor, id, ChangeSelection.By(danaId), after.RevisionNumber, after.BaselineNumber)));
    }

    [Fact]
    public async Task EveryRevision_StoresItsAttribution_FromItsParents()
    {
        var id = await EditedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var view = await ViewAsync(editor, id);
        await WithAsync<TrackedChangesService, TrackedChangesView>(s => s.RejectAsync(editor, id, ChangeSelection.Only([view.Changes[0].Change.Id]), view.RevisionNumber, view.BaselineNumber));

        var revisions = await WithAsync<EditorialDbContext, List<Revision>>(db => db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).ToListAsync());

        Assert.All(revisions, r => Assert.NotNull(r.Attribution));
        var third = revisions[2].ReadAttribution();
        Assert.Equal(revisions[2].Body.Length, third.Spans.Sum(s => s.Length));
        Assert.Contains(third.Spans, s => s.RevisionNumber == 2 && revisions[2].Body.Substring(s.Start, s.Length).Contains("6,5", StringComparison.Ordinal));
    }
}

/// <summary><see cref="TrackedChangesServiceTests"/> on PostgreSQL.</summary>
public sealed class TrackedChangesServiceTestsOnPostgres(PostgresDatabase database) : TrackedChangesServiceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="TrackedChangesServiceTests"/> on the embedded SQLite default.</summary>
public sealed class TrackedChangesServiceTestsOnSqlite(SqliteFolder database) : TrackedChangesServiceTests(database), IClassFixture<SqliteFolder>;
