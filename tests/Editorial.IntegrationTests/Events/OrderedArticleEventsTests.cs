using System.Collections.Concurrent;
using Editorial.Domain;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Events;

/// <summary>
/// Every change an article's page hears of says which entries of the article's log it added, so a page
/// knows when it missed one: the entries of successive changes follow each other without a gap, and the
/// head a page reads before everything else is where the last change ended.
/// </summary>
public abstract class OrderedArticleEventsTests(ITestDatabase database) : AppTest(database.App())
{
    [Fact]
    public async Task SuccessiveChanges_AnnounceConsecutiveLogEntries_EndingAtTheLogsHead()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Ordered", "Over 6,000 killed.")));
        var heard = new ConcurrentQueue<ArticleChanged>();
        using var page = App.Services.GetRequiredService<IArticleEvents>().Subscribe(article.Id, change =>
        {
            heard.Enqueue(change);
            return Task.CompletedTask;
        });
        var headBefore = (await WithAsync<ArticleService, ArticleDetails>(a => a.GetAsync(editor, article.Id))).LogHead;

        await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, article.Id, 1, new ArticleDraft("Ordered", "Over 6,500 killed.")));
        await WithAsync<AnnotationService, Guid>(a => a.StartAsync(editor, article.Id, 2, 0, 4, "Source?"));
        await WithAsync<WorkflowService, WorkflowView>(w => w.PerformAsync(editor, article.Id, "submit", null));
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        await WithAsync<WorkflowService, WorkflowView>(w => w.SignOffAsync(manager, article.Id, "approve", Roles.Manager, SignOffDecision.Approve, null, 2));

        var changes = await EventuallyAsync(heard, 4);
        var ranges = changes.Select(c => c.Log ?? throw new Xunit.Sdk.XunitException($"{c.Kind} carried no log range")).OrderBy(r => r.First).ToList();
        Assert.Equal(headBefore + 1, ranges[0].First);
        for (var i = 1; i < ranges.Count; i++)
        {
            Assert.Equal(ranges[i - 1].Last + 1, ranges[i].First);
        }

        var head = (await WithAsync<ArticleService, ArticleDetails>(a => a.GetAsync(editor, article.Id))).LogHead;
        Assert.Equal(head, ranges[^1].Last);
        var logged = await WithAsync<EditorialDbContext, int>(db => db.AuditEvents.CountAsync(e => e.ArticleId == article.Id && e.Sequence > headBefore));
        Assert.Equal(logged, ranges.Sum(r => (int)(r.Last - r.First + 1)));
    }

    [Fact]
    public async Task TheLogsHead_IsNotPartOfTheApisAnswer()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Head", "Text.")));

        Assert.True(article.LogHead > 0);
        var json = System.Text.Json.JsonSerializer.Serialize(article, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        Assert.DoesNotContain("logHead", json, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<IReadOnlyList<ArticleChanged>> EventuallyAsync(ConcurrentQueue<ArticleChanged> heard, int count)
    {
        // Delivery runs on its own tasks: wait for it, without measuring it.
        for (var attempt = 0; attempt < 200 && heard.Count(c => c.Kind != "Presence") < count; attempt++)
        {
            await Task.Delay(50);
        }

        return heard.Where(c => c.Kind != "Presence").ToList();
    }
}

/// <summary><see cref="OrderedArticleEventsTests"/> on PostgreSQL.</summary>
public sealed class OrderedArticleEventsTestsOnPostgres(PostgresDatabase database) : OrderedArticleEventsTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="OrderedArticleEventsTests"/> on the embedded SQLite default.</summary>
public sealed class OrderedArticleEventsTestsOnSqlite(SqliteFolder database) : OrderedArticleEventsTests(database), IClassFixture<SqliteFolder>;
