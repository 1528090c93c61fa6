using System.Security.Claims;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Claims;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// The browser's own actions that add something (a comment, a reply, a source) carry the id the page
/// chose when the user began them, so sending one again — after a dropped connection left its outcome
/// unknown — adds nothing the second time. Every other action is refused when repeated (a sign-off,
/// a transition, a decision on a stale view) or changes nothing (a save of the same text).
/// </summary>
public abstract class RepeatedActionTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Body = "North Korea deployed approximately 14,000 troops to Ukraine, with over 6,000 of them killed in combat.";
    private const string Words = "over 6,000 of them killed";

    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    [Fact]
    public async Task ACommentAReplyAndASource_SentTwiceWithTheirIds_AreAddedOnce()
    {
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);
        var id = (await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("Repeated", Body)))).Id;
        var start = Body.IndexOf(Words, StringComparison.Ordinal);
        var (threadId, replyId, sourceId) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());

        var first = await WithAsync<AnnotationService, Guid>(s => s.StartAsync(editor, id, 1, start, start + Words.Length, "Source?", threadId));
        var again = await WithAsync<AnnotationService, Guid>(s => s.StartAsync(editor, id, 1, start, start + Words.Length, "Source?", threadId));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await WithAsync<AnnotationService>(s => s.ReplyAsync(factChecker, id, threadId, "On it.", replyId));
        }

        var claim = await WithAsync<ClaimService, Guid>(s => s.FlagAsync(factChecker, id, 1, start, start + Words.Length, "Intelligence sources"));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await WithAsync<ClaimService>(s => s.AddSourceAsync(factChecker, id, claim, "https://example.org/report", "Report", "Ministry",
                new DateOnly(2026, 11, 30), "", sourceId));
        }

        Assert.Equal((threadId, threadId), (first, again));
        var threads = await WithAsync<AnnotationService, CommentThreads>(s => s.ListAsync(editor, id));
        var thread = Assert.Single(threads.Threads);
        Assert.Equal(replyId, Assert.Single(thread.Replies).Id);
        var claims = await WithAsync<ClaimService, ClaimsView>(s => s.ListAsync(editor, id));
        Assert.Equal(sourceId, Assert.Single(Assert.Single(claims.Claims).Sources).Id);
        var kinds = await WithAsync<EditorialDbContext, List<string>>(db =>
            db.AuditEvents.Where(e => e.ArticleId == id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["ArticleCreated", "TextRevised", "CommentAdded", "CommentReplied", "ClaimFlagged", "ClaimSourceAdded"], kinds);
    }
}

public sealed class RepeatedActionTestsOnPostgres(PostgresDatabase database) : RepeatedActionTests(database), IClassFixture<PostgresDatabase>;

public sealed class RepeatedActionTestsOnSqlite(SqliteFolder database) : RepeatedActionTests(database), IClassFixture<SqliteFolder>;
