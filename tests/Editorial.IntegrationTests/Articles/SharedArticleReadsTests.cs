using System.Security.Claims;
using System.Text.Json;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Articles;

/// <summary>
/// Open pages of one article re-read a change once for all of them (<see cref="SharedArticleReads"/>): each
/// reader still sees exactly what a read of their own shows them (what they may do is theirs), and a read
/// for a change includes that change.
/// </summary>
public abstract class SharedArticleReadsTests(ITestDatabase database) : AppTest(database.App())
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(DemoUsers.Editor)]
    [InlineData(DemoUsers.FactChecker)]
    [InlineData(DemoUsers.Manager)]
    public async Task ASharedRead_ShowsEachReader_WhatTheirOwnReadShowsThem(string email)
    {
        var (id, head) = await SubmittedArticleWithACommentAsync();
        var reader = await App.PrincipalOfAsync(email);
        // Another reader's page reads first, so the reads below are the shared ones.
        await ReadEverythingAsync(await App.PrincipalOfAsync(DemoUsers.EditorAndFactChecker), id, head);

        var shared = await ReadEverythingAsync(reader, id, head);
        var alone = await ReadEverythingAsync(reader, id, sharedAt: null);

        Assert.Equal(alone, shared);
    }

    [Fact]
    public async Task Readers_SharingARead_StillSeeDifferentPermissions()
    {
        var (id, head) = await SubmittedArticleWithACommentAsync();

        var editor = await WithAsync<WorkflowService, WorkflowView>(async w => await w.GetAsync(await App.PrincipalOfAsync(DemoUsers.Editor), id, head));
        var manager = await WithAsync<WorkflowService, WorkflowView>(async w => await w.GetAsync(await App.PrincipalOfAsync(DemoUsers.Manager), id, head));

        Assert.NotEqual(JsonSerializer.Serialize(editor.Actions, Json), JsonSerializer.Serialize(manager.Actions, Json));
    }

    [Fact]
    public async Task AReadForAChange_IncludesIt()
    {
        var (id, head) = await SubmittedArticleWithACommentAsync();
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var before = await WithAsync<AnnotationService, CommentThreads>(a => a.ListAsync(editor, id, head));

        await WithAsync<AnnotationService, Guid>(a => a.StartAsync(editor, id, 1, 0, 4, "A second thought."));
        var newHead = (await WithAsync<ArticleService, ArticleDetails>(a => a.GetAsync(editor, id))).LogHead;
        var after = await WithAsync<AnnotationService, CommentThreads>(a => a.ListAsync(editor, id, newHead));

        Assert.Single(before.Threads);
        Assert.Equal(2, after.Threads.Count);
        // A page still behind may be shown more than it must, never less.
        Assert.Equal(2, (await WithAsync<AnnotationService, CommentThreads>(a => a.ListAsync(editor, id, head))).Threads.Count);
    }

    private async Task<(Guid Id, long Head)> SubmittedArticleWithACommentAsync()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Shared", "Over 6,000 killed.")));
        await WithAsync<AnnotationService, Guid>(a => a.StartAsync(editor, article.Id, 1, 0, 4, "Source?"));
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null));
        return (article.Id, (await WithAsync<ArticleService, ArticleDetails>(a => a.GetAsync(editor, article.Id))).LogHead);
    }

    // Everything the article page reads, as one comparable text.
    private async Task<string> ReadEverythingAsync(ClaimsPrincipal user, Guid id, long? sharedAt)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var parts = new object[]
        {
            await services.GetRequiredService<ArticleService>().GetAsync(user, id, sharedAt),
            await services.GetRequiredService<WorkflowService>().GetAsync(user, id, sharedAt),
            await services.GetRequiredService<WorkflowService>().TimelineAsync(user, id, sharedAt),
            await services.GetRequiredService<AnnotationService>().ListAsync(user, id, sharedAt),
            await services.GetRequiredService<ClaimService>().ListAsync(user, id, sharedAt),
        };
        return JsonSerializer.Serialize(parts, Json);
    }
}

/// <summary><see cref="SharedArticleReadsTests"/> on PostgreSQL.</summary>
public sealed class SharedArticleReadsTestsOnPostgres(PostgresDatabase database) : SharedArticleReadsTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="SharedArticleReadsTests"/> on the embedded SQLite default.</summary>
public sealed class SharedArticleReadsTestsOnSqlite(SqliteFolder database) : SharedArticleReadsTests(database), IClassFixture<SqliteFolder>;
