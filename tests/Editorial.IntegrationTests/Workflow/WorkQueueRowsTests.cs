using System.Security.Claims;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Infrastructure.WorkQueues;
using Editorial.Testing;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.IntegrationTests.Workflow;

/// <summary>
/// The work queues' rows stay what the domain says after every kind of change (they are compared
/// with the domain's answer for every article, and the stage tallies with a count), and startup
/// builds them again when they are missing or were built for another workflow.
/// </summary>
public abstract class WorkQueueRowsTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    [Fact]
    public async Task TheRows_FollowCreationSubmissionSignOffsEditsAssignmentAndSendingBack()
    {
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);
        var manager = await As(DemoUsers.Manager);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Queued story", "Over 6,000 killed.")));
        var id = article.Id;
        await AssertRowsAreTheDomainsAnswerAsync();

        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, id, "submit", null));
        Assert.Equal([Roles.FactChecker, Roles.Manager], await AwaitedRolesAsync(id));
        await AssertRowsAreTheDomainsAnswerAsync();

        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(factChecker, id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 1));
        Assert.Equal([Roles.Manager], await AwaitedRolesAsync(id));

        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, id, 1, new ArticleDraft("Queued story", "Over 6,500 killed.")));
        Assert.Equal([Roles.FactChecker, Roles.Manager], await AwaitedRolesAsync(id));

        var due = new DateTime(2031, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        await WithAsync<WorkflowService, WorkflowView>(w => w.AssignAsync(manager, id, factChecker.RequireUserId(), null, due));
        await AssertRowsAreTheDomainsAnswerAsync();
        var assigned = await RowsAsync(id);
        Assert.Equal([factChecker.RequireUserId(), null], assigned.Select(r => r.AssigneeId));
        Assert.All(assigned, r => Assert.Equal(due, r.DueOrder));

        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(factChecker, id, "approve", Roles.FactChecker, SignOffDecision.Approve, null, 2));
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(manager, id, "approve", Roles.Manager, SignOffDecision.Approve, null, 2));
        // Both given: the article waits for its gates (the edit is a pending change), not for anyone's sign-off.
        Assert.Empty(await AwaitedRolesAsync(id));
        await AssertRowsAreTheDomainsAnswerAsync();

        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(factChecker, id, "send-back", "A second source is needed."));
        await AssertRowsAreTheDomainsAnswerAsync();
    }

    [Fact]
    public async Task Startup_BuildsTheRowsAgain_WhenTheyAreMissingOrWereBuiltForAnotherWorkflow()
    {
        var editor = await As(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Rebuilt story", "Over 6,000 killed.")));
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            // As on a database from before the rows existed: nothing kept, nothing noted.
            var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
            await db.AwaitedSignOffs.ExecuteDeleteAsync();
            await db.StageTallies.ExecuteDeleteAsync();
            await db.DerivedStates.ExecuteDeleteAsync();
            await WorkQueueRows.RebuildIfOutdatedAsync(db, App.Services.GetRequiredService<WorkflowPolicy>(), NullLogger.Instance, CancellationToken.None);
        }

        await AssertRowsAreTheDomainsAnswerAsync();
        Assert.Equal([Roles.FactChecker, Roles.Manager], await AwaitedRolesAsync(article.Id));

        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Built for another workflow: a stale row and a note that does not match this policy.
            var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
            await db.AwaitedSignOffs.Where(w => w.ArticleId == article.Id && w.Role == Roles.Manager).ExecuteDeleteAsync();
            await db.DerivedStates.ExecuteUpdateAsync(s => s.SetProperty(d => d.Value, "another workflow"));
            await WorkQueueRows.RebuildIfOutdatedAsync(db, App.Services.GetRequiredService<WorkflowPolicy>(), NullLogger.Instance, CancellationToken.None);
        }

        Assert.Equal([Roles.FactChecker, Roles.Manager], await AwaitedRolesAsync(article.Id));
        await AssertRowsAreTheDomainsAnswerAsync();
    }

    private async Task<List<AwaitedSignOffRow>> RowsAsync(Guid id)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorialDbContext>().AwaitedSignOffs.AsNoTracking()
            .Where(w => w.ArticleId == id).OrderBy(w => w.Role).ToListAsync();
    }

    private async Task<List<string>> AwaitedRolesAsync(Guid id) => (await RowsAsync(id)).Select(r => r.Role).ToList();

    // Every article's rows are exactly what the domain says it awaits, and every stage's tally is its count.
    private async Task AssertRowsAreTheDomainsAnswerAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        var policy = scope.ServiceProvider.GetRequiredService<WorkflowPolicy>();
        var articles = await db.Articles.AsNoTracking().Include(a => a.SignOffs).ToListAsync();
        var expected = articles
            .SelectMany(a => a.AwaitedSignOffs(policy).Select(w => (a.Id, w.Transition, w.Role, w.AssigneeId, a.DueAt ?? AwaitedSignOffRow.NoDueDate, a.UpdatedAt)))
            .OrderBy(r => r.Id).ThenBy(r => r.Role, StringComparer.Ordinal).ToList();
        var stored = (await db.AwaitedSignOffs.AsNoTracking().ToListAsync())
            .Select(r => (r.ArticleId, r.Transition, r.Role, r.AssigneeId, r.DueOrder, r.UpdatedAt))
            .OrderBy(r => r.ArticleId).ThenBy(r => r.Role, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, stored);

        var counted = articles.GroupBy(a => a.Stage).ToDictionary(g => g.Key, g => (long)g.Count());
        var tallies = (await db.StageTallies.AsNoTracking().ToListAsync()).Where(t => t.Articles != 0).ToDictionary(t => t.Stage, t => t.Articles);
        Assert.Equal(counted.OrderBy(c => c.Key), tallies.OrderBy(t => t.Key));
    }
}

/// <summary><see cref="WorkQueueRowsTests"/> on PostgreSQL.</summary>
public sealed class WorkQueueRowsTestsOnPostgres(PostgresDatabase database) : WorkQueueRowsTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="WorkQueueRowsTests"/> on the embedded SQLite default.</summary>
public sealed class WorkQueueRowsTestsOnSqlite(SqliteFolder database) : WorkQueueRowsTests(database), IClassFixture<SqliteFolder>;
