using Editorial.Domain;
using Editorial.Domain.Annotations;
using Editorial.Testing;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;

namespace Editorial.IntegrationTests.Annotations;

/// <summary>A newsroom that requires every comment resolved before submitting, configured as it would in appsettings.json.</summary>
public abstract class NoOpenCommentsGateTests(ITestDatabase database) : AppTest(database.App(settings: Policy))
{
    private static readonly Dictionary<string, string?> Policy = new()
    {
        ["Workflow:Stages:0:Name"] = "Draft",
        ["Workflow:Stages:1:Name"] = "SourcingCheck",
        ["Workflow:Stages:2:Name"] = "Approved",
        ["Workflow:Stages:2:TextReadOnly"] = "true",
        ["Workflow:Transitions:0:Name"] = "submit",
        ["Workflow:Transitions:0:From"] = "Draft",
        ["Workflow:Transitions:0:To"] = "SourcingCheck",
        ["Workflow:Transitions:0:PerformedBy:0"] = "Editor",
        ["Workflow:Transitions:0:Gates:0"] = "NoOpenComments",
        ["Workflow:Transitions:1:Name"] = "approve",
        ["Workflow:Transitions:1:From"] = "SourcingCheck",
        ["Workflow:Transitions:1:To"] = "Approved",
        ["Workflow:Transitions:1:RequiredSignOffs:Manager"] = "1",
    };

    [Fact]
    public async Task AnOpenThread_BlocksTheTransition_UntilResolved()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Gate", "Kim visited the memorial.")));
        var thread = await WithAsync<AnnotationService, Guid>(s => s.StartAsync(editor, article.Id, 1, 12, 20, "Which memorial?"));

        var blocked = await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null)));
        await WithAsync<AnnotationService, bool>(async s => { await s.SetStatusAsync(editor, article.Id, thread, ThreadStatus.Resolved); return true; });
        var submitted = await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null));

        Assert.Contains("1 comment thread is", blocked.Message, StringComparison.Ordinal);
        Assert.Equal("SourcingCheck", submitted.Stage);
    }
}

/// <summary><see cref="NoOpenCommentsGateTests"/> on PostgreSQL.</summary>
public sealed class NoOpenCommentsGateTestsOnPostgres(PostgresDatabase database) : NoOpenCommentsGateTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="NoOpenCommentsGateTests"/> on the embedded SQLite default.</summary>
public sealed class NoOpenCommentsGateTestsOnSqlite(SqliteFolder database) : NoOpenCommentsGateTests(database), IClassFixture<SqliteFolder>;
