using System.Security.Claims;
using Editorial.Domain.Workflow;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Infrastructure.Persistence;

namespace Editorial.IntegrationTests.Annotations;

/// <summary>
/// A comment made at the very moment the text is saved must never be left anchored to the old
/// revision: either both succeed in some order (and the comment is carried to the new text), or one
/// is refused as a conflict and nothing of it is saved.
/// </summary>
public abstract class ConcurrentCommentTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Body = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed.";

    [Fact]
    public async Task ACommentRacingASave_IsNeverLeftOnTheOldText()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var factChecker = await App.PrincipalOfAsync(DemoUsers.FactChecker);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Race", Body)));
        var start = Body.IndexOf("6,000", StringComparison.Ordinal);
        var text = Body;

        for (var revision = 1; revision <= 8; revision++)
        {
            text = text.Replace("Kim", "Kim Jong Un", StringComparison.Ordinal).Replace("Kim Jong Un Jong Un", "Kim", StringComparison.Ordinal);
            var edited = text;
            var (save, comment) = (SaveAsync(editor, article.Id, revision, edited), CommentAsync(factChecker, article.Id, revision, start));
            var outcomes = await Task.WhenAll(Outcome(save), Outcome(comment));

            Assert.True(outcomes[0] is null || outcomes[0] is ConcurrencyConflictException, $"save failed with {outcomes[0]}");
            Assert.True(outcomes[1] is null or ConcurrencyConflictException or StaleTextException, $"comment failed with {outcomes[1]}");
            var threads = await WithAsync<AnnotationService, CommentThreads>(s => s.ListAsync(editor, article.Id));
            Assert.All(threads.Threads, t => Assert.Equal(threads.RevisionNumber, t.Anchor.RevisionNumber));
            Assert.All(threads.Threads, t => Assert.Equal("6,000", t.Anchor.Quote.Exact));
            if (outcomes[0] is not null)
            {
                text = await WithAsync<ArticleService, string>(async a => (await a.GetAsync(editor, article.Id)).Body);
                revision--;
            }

            start = text.IndexOf("6,000", StringComparison.Ordinal);
        }
    }

    private Task SaveAsync(ClaimsPrincipal user, Guid id, int baseRevision, string body) =>
        WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(user, id, baseRevision, new ArticleDraft("Race", body)));

    private Task CommentAsync(ClaimsPrincipal user, Guid id, int revision, int start) =>
        WithAsync<AnnotationService, Guid>(s => s.StartAsync(user, id, revision, start, start + 5, "Source?"));

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}

/// <summary><see cref="ConcurrentCommentTests"/> on PostgreSQL.</summary>
public sealed class ConcurrentCommentTestsOnPostgres(PostgresDatabase database) : ConcurrentCommentTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ConcurrentCommentTests"/> on the embedded SQLite default.</summary>
public sealed class ConcurrentCommentTestsOnSqlite(SqliteFolder database) : ConcurrentCommentTests(database), IClassFixture<SqliteFolder>;
