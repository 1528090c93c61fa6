using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Workflow;

/// <summary>The workflow through the service the article page calls, on PostgreSQL.</summary>
public abstract class WorkflowServiceTests(ITestDatabase database) : AppTest(database.App())
{
    protected Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private Task<WorkflowView> PerformAsync(ClaimsPrincipal user, Guid id, string transition, string? reason = null) =>
        WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(user, id, transition, reason));

    private async Task<WorkflowView> SignAsync(string email, Guid id, string role,
        SignOffDecision decision = SignOffDecision.Approve, string? comment = null, int? revision = null)
    {
        var user = await As(email);
        var seen = revision ?? (await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(user, id))).RevisionNumber;
        return await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(user, id, "approve", role, decision, comment, seen));
    }

    protected async Task<Guid> SubmittedArticleAsync()
    {
        var editor = await As(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Story", "Over 6,000 killed.")));
        await PerformAsync(editor, article.Id, "submit");
        return article.Id;
    }

    [Fact]
    public async Task TheSampleJourney_SubmitSignOffsInAnyOrder_Approve_Reopen()
    {
        var id = await SubmittedArticleAsync();

        var afterManager = await SignAsync(DemoUsers.Manager, id, Roles.Manager);
        Assert.Equal(Stages.SourcingCheck, afterManager.Stage);
        var afterFactChecker = await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
        Assert.Equal(Stages.Approved, afterFactChecker.Stage);

        var reopened = await PerformAsync(await As(DemoUsers.Manager), id, "reopen", "A correction came in.");
        Assert.Equal(Stages.Draft, reopened.Stage);
    }

    [Fact]
    public async Task WhenTheLastGateOpensAfterTheLastSignOff_TheArticleIsApproved_ExactlyOnce()
    {
        var id = await SubmittedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        // A pending tracked change keeps the "no pending tracked changes" gate closed.
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Story", "Over 6,500 killed.")));
        await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
        var signed = await SignAsync(DemoUsers.Manager, id, Roles.Manager);
        Assert.Equal(Stages.SourcingCheck, signed.Stage);

        var changes = await WithAsync<Editorial.Web.Features.Changes.TrackedChangesService, Editorial.Web.Features.Changes.TrackedChangesView>(s => s.GetAsync(editor, id));
        await WithAsync<Editorial.Web.Features.Changes.TrackedChangesService, Editorial.Web.Features.Changes.TrackedChangesView>(s =>
            s.AcceptAsync(editor, id, Editorial.Web.Features.Changes.ChangeSelection.All, changes.RevisionNumber, changes.BaselineNumber));

        var after = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(editor, id));
        var timeline = await WithAsync<WorkflowService, IReadOnlyList<TimelineEntry>>(w => w.TimelineAsync(editor, id));
        Assert.Equal(Stages.Approved, after.Stage);
        Assert.Single(timeline, e => e.Sentence.Contains("to Approved", StringComparison.Ordinal));
        Assert.True((await WithAsync<WorkflowService, Editorial.Domain.Audit.ChainVerification>(w => w.VerifyAsync(editor, id))).IsIntact);
    }

    [Fact]
    public async Task AnEdit_InvalidatesTheSignOff_TheSignerSeesIt_AndWhatChanged()
    {
        var id = await SubmittedArticleAsync();
        await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
        var editor = await As(DemoUsers.Editor);
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Story", "Over 6,500 killed.")));

        var factChecker = await As(DemoUsers.FactChecker);
        var view = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(factChecker, id));
        var comparison = await WithAsync<WorkflowService, SignOffComparison>(w => w.ChangesSinceMySignOffAsync(factChecker, id));

        Assert.Equal(2, view.MyInvalidatedSignOff!.EndedByRevisionNumber);
        var requirement = view.Transitions.Single(t => t.Name == "approve").Requirements.Single(r => r.Role == Roles.FactChecker);
        Assert.False(requirement.IsMet);
        Assert.Single(requirement.Invalidated);
        Assert.Equal((1, 2), (comparison.SignedRevision, comparison.CurrentRevision));
        Assert.Contains(comparison.Body, s => s.Operation == Editorial.Domain.Text.DiffOperation.Deleted && s.Text == "6,000");
        Assert.Contains(comparison.Body, s => s.Operation == Editorial.Domain.Text.DiffOperation.Inserted && s.Text == "6,500");
    }

    [Fact]
    public async Task ASaveWithoutChange_InvalidatesNothing()
    {
        var id = await SubmittedArticleAsync();
        await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
        var editor = await As(DemoUsers.Editor);

        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Story ", "Over 6,000 killed.\r\n")));

        var view = await WithAsync<WorkflowService, WorkflowView>(async w => await w.GetAsync(editor, id));
        Assert.True(view.Transitions.Single(t => t.Name == "approve").Requirements.Single(r => r.Role == Roles.FactChecker).IsMet);
    }

    [Fact]
    public async Task SigningOffTextThatChangedWhileTheDialogWasOpen_IsRefused()
    {
        var id = await SubmittedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Story", "New text.")));

        await Assert.ThrowsAsync<StaleTextException>(() => SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker, revision: 1));
    }

    [Fact]
    public async Task AnAuthorWithTheFactCheckerRole_CannotSignOffTheirOwnText()
    {
        var both = await As(DemoUsers.EditorAndFactChecker);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(both, new ArticleDraft("Eli's story", "Text.")));
        await PerformAsync(both, article.Id, "submit");

        var view = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(both, article.Id));
        Assert.Empty(view.Transitions.Single(t => t.Name == "approve").SignableRoles);
        await Assert.ThrowsAsync<EditorialDomainException>(() => SignAsync(DemoUsers.EditorAndFactChecker, article.Id, Roles.FactChecker));
    }

    [Fact]
    public async Task SendBack_WithoutAReason_IsRefused_AndChangesNothing()
    {
        var id = await SubmittedArticleAsync();

        await Assert.ThrowsAsync<EditorialDomainException>(() => PerformAsync(As(DemoUsers.FactChecker).Result, id, "send-back", "   "));

        var view = await WithAsync<WorkflowService, WorkflowView>(async w => await w.GetAsync(await As(DemoUsers.FactChecker), id));
        Assert.Equal(Stages.SourcingCheck, view.Stage);
    }

    public static TheoryData<string, string, bool> PerformMatrix => new()
    {
        // transition, user, allowed (from the stage where the transition starts)
        { "submit", DemoUsers.Editor, true },
        { "submit", DemoUsers.FactChecker, false },
        { "submit", DemoUsers.Manager, false },
        { "submit", DemoUsers.Admin, false },
        { "send-back", DemoUsers.FactChecker, true },
        { "send-back", DemoUsers.Manager, true },
        { "send-back", DemoUsers.Editor, false },
        { "send-back", DemoUsers.Admin, false },
        { "reopen", DemoUsers.Manager, true },
        { "reopen", DemoUsers.FactChecker, false },
        { "reopen", DemoUsers.Editor, false },
        { "reopen", DemoUsers.Admin, false },
    };

    [Theory]
    [MemberData(nameof(PerformMatrix))]
    public async Task EachRole_MayPerformOnlyItsTransitions(string transition, string email, bool allowed)
    {
        var id = await ArticleReadyForAsync(transition);
        var user = await As(email);

        if (allowed)
        {
            var view = await PerformAsync(user, id, transition, "A reason.");
            Assert.Equal(WorkflowPolicy.Default.Transition(transition).To, view.Stage);
        }
        else
        {
            await Assert.ThrowsAsync<WorkflowPermissionException>(() => PerformAsync(user, id, transition, "A reason."));
            var view = await WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(user, id));
            Assert.Equal(WorkflowPolicy.Default.Transition(transition).From, view.Stage);
        }
    }

    public static TheoryData<string, string, bool> SignOffMatrix => new()
    {
        { DemoUsers.FactChecker, Roles.FactChecker, true },
        { DemoUsers.Manager, Roles.Manager, true },
        { DemoUsers.Editor, Roles.FactChecker, false },
        { DemoUsers.Admin, Roles.Manager, false },
        { DemoUsers.FactChecker, Roles.Manager, false },
        { DemoUsers.Manager, Roles.FactChecker, false },
    };

    [Theory]
    [MemberData(nameof(SignOffMatrix))]
    public async Task OnlyHoldersOfARole_SignOffInIt(string email, string role, bool allowed)
    {
        var id = await SubmittedArticleAsync();

        if (allowed)
        {
            var view = await SignAsync(email, id, role);
            Assert.True(view.Transitions.Single(t => t.Name == "approve").Requirements.Single(r => r.Role == role).IsMet);
        }
        else
        {
            await Assert.ThrowsAsync<WorkflowPermissionException>(() => SignAsync(email, id, role));
        }
    }

    [Fact]
    public async Task AUserWithoutARole_CannotEvenRead()
    {
        var id = await SubmittedArticleAsync();
        var nobody = await App.CreateUserAsync("nobody.workflow@newsroom.example");

        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<WorkflowService, WorkflowView>(w => w.GetAsync(nobody, id)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => PerformAsync(nobody, id, "send-back", "x"));
    }

    [Fact]
    public async Task AnUnknownArticle_IsNotFound() =>
        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await WithAsync<WorkflowService, WorkflowView>(async w => await w.GetAsync(await As(DemoUsers.Editor), Guid.NewGuid())));

    [Fact]
    public async Task TwentyConcurrentAttempts_GiveExactlyOneTransition_AndAnIntactLog()
    {
        var id = await SubmittedArticleAsync();
        await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
        var managers = new List<ClaimsPrincipal>();
        for (var i = 0; i < 10; i++)
        {
            managers.Add(await App.CreateUserAsync($"manager{i}@newsroom.example", Roles.Manager));
        }

        var factChecker = await As(DemoUsers.FactChecker);
        var attempts = managers.Select(m => (Func<Task>)(() => WithAsync<WorkflowService, WorkflowView>(w =>
                w.SignOffAsync(m, id, "approve", Roles.Manager, SignOffDecision.Approve, null, 1))))
            .Concat(Enumerable.Range(0, 10).Select(_ => (Func<Task>)(() => PerformAsync(factChecker, id, "send-back", "Racing."))))
            .ToList();
        var outcomes = await Task.WhenAll(attempts.Select(a => Task.Run(async () =>
        {
            try
            {
                await a();
                return "ok";
            }
            catch (Exception e) when (e is ConcurrencyConflictException or EditorialDomainException)
            {
                return "refused";
            }
        })));

        var log = await WithAsync<EditorialDbContext, List<Editorial.Domain.Audit.AuditEvent>>(db =>
            db.AuditEvents.Where(e => e.ArticleId == id).OrderBy(e => e.Sequence).ToListAsync());
        var stageChanges = log.Where(e => e.Kind == "StageChanged").Skip(1).ToList();
        Assert.Single(stageChanges);
        Assert.Single(outcomes, o => o == "ok");
        Assert.True(Editorial.Domain.Audit.ChainVerification.Of(log, App.Services.GetRequiredService<Editorial.Domain.Audit.AuditKeyring>()).IsIntact);
        Assert.Equal(log.Count, log.Select(e => e.Sequence).Distinct().Count());
    }

    [Fact]
    public async Task TheTimeline_TellsTheStoryInPlainLanguage()
    {
        var id = await SubmittedArticleAsync();
        await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);

        var timeline = await WithAsync<WorkflowService, IReadOnlyList<TimelineEntry>>(async w => await w.TimelineAsync(await As(DemoUsers.Manager), id));

        Assert.Equal(
        [
            "Erin Editor created the article.",
            "Erin Editor saved revision 1.",
            "Erin Editor moved the article from Draft to Sourcing check (submit).",
            "Farid Factchecker signed off revision 1 as FactChecker.",
        ], timeline.Select(e => e.Sentence));
    }

    private async Task<Guid> ArticleReadyForAsync(string transition)
    {
        var id = await SubmittedArticleAsync();
        switch (transition)
        {
            case "submit":
                await PerformAsync(await As(DemoUsers.FactChecker), id, "send-back", "Back to draft for the test.");
                break;
            case "reopen":
                await SignAsync(DemoUsers.FactChecker, id, Roles.FactChecker);
                await SignAsync(DemoUsers.Manager, id, Roles.Manager);
                break;
        }

        return id;
    }
}

/// <summary><see cref="WorkflowServiceTests"/> on PostgreSQL.</summary>
public sealed class WorkflowServiceTestsOnPostgres(PostgresDatabase database) : WorkflowServiceTests(database), IClassFixture<PostgresDatabase>
{
    // PostgreSQL only on purpose: it switches the append-only triggers off the way a superuser can there.
    [Fact]
    public async Task TamperingWithAnEventRow_IsDetectedByVerify()
    {
        var id = await SubmittedArticleAsync();
        var editor = await As(DemoUsers.Editor);
        Assert.True((await WithAsync<WorkflowService, Editorial.Domain.Audit.ChainVerification>(w => w.VerifyAsync(editor, id))).IsIntact);

        // The table refuses updates; someone with the database's superuser rights can switch that off
        // for their session — and the hash chain still gives them away.
        await WithAsync<EditorialDbContext, int>(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"SET session_replication_role = replica; UPDATE audit_events SET \"Payload\" = replace(\"Payload\", 'submit', 'approve') WHERE \"ArticleId\" = {id} AND \"Kind\" = 'StageChanged'; SET session_replication_role = origin;"));

        var result = await WithAsync<WorkflowService, Editorial.Domain.Audit.ChainVerification>(w => w.VerifyAsync(editor, id));
        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
    }
}

/// <summary><see cref="WorkflowServiceTests"/> on the embedded SQLite default.</summary>
public sealed class WorkflowServiceTestsOnSqlite(SqliteFolder database) : WorkflowServiceTests(database), IClassFixture<SqliteFolder>;
