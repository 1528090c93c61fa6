using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Annotations;
using Editorial.Domain.Notifications;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Workflow;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Annotations;

/// <summary>Comment threads through the service the article page calls, on PostgreSQL.</summary>
public abstract class AnnotationServiceTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Body = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed.\nThe site is secret.";

    private Task<ClaimsPrincipal> As(string email) => App.PrincipalOfAsync(email);

    private async Task<Guid> ArticleAsync()
    {
        var article = await WithAsync<ArticleService, ArticleDetails>(async a => await a.CreateAsync(await As(DemoUsers.Editor), new ArticleDraft("Comments", Body)));
        return article.Id;
    }

    private Task<Guid> CommentAsync(ClaimsPrincipal user, Guid id, string words, string text, int revision = 1)
    {
        var start = Body.IndexOf(words, StringComparison.Ordinal);
        return WithAsync<AnnotationService, Guid>(s => s.StartAsync(user, id, revision, start, start + words.Length, text));
    }

    private Task<CommentThreads> ThreadsAsync(Guid id) =>
        WithAsync<AnnotationService, CommentThreads>(async s => await s.ListAsync(await As(DemoUsers.Manager), id));

    private async Task SaveBodyAsync(Guid id, int baseRevision, string body) =>
        await WithAsync<ArticleService, (ArticleDetails, bool)>(async a => await a.SaveAsync(await As(DemoUsers.Editor), id, baseRevision, new ArticleDraft("Comments", body)));

    [Fact]
    public async Task AThread_IsStarted_RepliedTo_WithAMention_EditedResolvedAndReopened_AllInTheLog()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var factChecker = await As(DemoUsers.FactChecker);

        var thread = await CommentAsync(editor, id, "6,000 of them", "Source for this <script>alert(1)</script>?");
        await WithAsync<AnnotationService, bool>(async s => { await s.ReplyAsync(factChecker, id, thread, "Checking with the ministry, @editor."); return true; });
        await WithAsync<AnnotationService, bool>(async s => { await s.EditAsync(editor, id, thread, null, "Source for this figure?"); return true; });
        await WithAsync<AnnotationService, bool>(async s => { await s.SetStatusAsync(factChecker, id, thread, ThreadStatus.Resolved); return true; });

        var resolved = (await ThreadsAsync(id)).Threads.Single();
        Assert.Equal(ThreadStatus.Resolved, resolved.Status);
        Assert.Equal("Source for this figure?", resolved.Text);
        Assert.Equal("6,000 of them", resolved.Anchor.Quote.Exact);
        Assert.Equal("Farid Factchecker", resolved.Replies.Single().Author);

        await WithAsync<AnnotationService, bool>(async s => { await s.SetStatusAsync(editor, id, thread, ThreadStatus.Open); return true; });
        Assert.Equal(ThreadStatus.Open, (await ThreadsAsync(id)).Threads.Single().Status);

        var kinds = await WithAsync<EditorialDbContext, List<string>>(db => db.AuditEvents.Where(e => e.ArticleId == id).OrderBy(e => e.Sequence).Select(e => e.Kind).ToListAsync());
        Assert.Equal(["ArticleCreated", "TextRevised", "CommentAdded", "CommentReplied", "CommentEdited", "CommentThreadStatusChanged", "CommentThreadStatusChanged"], kinds);
        var editorId = editor.RequireUserId();
        var mention = await WithAsync<EditorialDbContext, Notification?>(db => db.Notifications.SingleOrDefaultAsync(n => n.UserId == editorId && n.ArticleId == id));
        Assert.Equal(NotificationKind.Mentioned, mention!.Kind);
    }

    [Fact]
    public async Task OnlyItsAuthor_EditsOrDeletesAComment_AndOnlyNewsroomRolesComment()
    {
        var id = await ArticleAsync();
        var thread = await CommentAsync(await As(DemoUsers.Editor), id, "memorial", "Which one?");
        var factChecker = await As(DemoUsers.FactChecker);
        var roleless = await App.CreateUserAsync("admin-only@editorial.test", Roles.Admin);

        await Assert.ThrowsAsync<WorkflowPermissionException>(() => WithAsync<AnnotationService, bool>(async s => { await s.EditAsync(factChecker, id, thread, null, "Mine now"); return true; }));
        await Assert.ThrowsAsync<WorkflowPermissionException>(() => WithAsync<AnnotationService, bool>(async s => { await s.DeleteAsync(factChecker, id, thread, null); return true; }));
        await Assert.ThrowsAsync<WorkflowPermissionException>(() => CommentAsync(roleless, id, "memorial", "Hello"));

        await WithAsync<AnnotationService, bool>(async s => { await s.DeleteAsync(await As(DemoUsers.Editor), id, thread, null); return true; });
        Assert.Empty((await ThreadsAsync(id)).Threads);
        var deleted = await WithAsync<EditorialDbContext, string>(db => db.AuditEvents.Where(e => e.ArticleId == id && e.Kind == "CommentDeleted").Select(e => e.Payload).SingleAsync());
        Assert.Contains("Which one?", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_IsRefusedWithAClearMessage_AndNothingIsSaved()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);

        var stale = await Assert.ThrowsAsync<StaleTextException>(() => CommentAsync(editor, id, "memorial", "Old view", revision: 7));
        var huge = await Assert.ThrowsAsync<EditorialDomainException>(() => CommentAsync(editor, id, "memorial", new string('x', 1_000_000)));
        var across = await Assert.ThrowsAsync<EditorialDomainException>(() => CommentAsync(editor, id, "Monday.\nOver", "Two paragraphs"));
        var empty = await Assert.ThrowsAsync<EditorialDomainException>(() => CommentAsync(editor, id, "memorial", " \u200B "));
        var outside = await Assert.ThrowsAsync<EditorialDomainException>(() => WithAsync<AnnotationService, Guid>(s => s.StartAsync(editor, id, 1, 5, 5_000, "x")));

        Assert.Contains("Select the words again", stale.Message, StringComparison.Ordinal);
        Assert.Contains("the limit is 10,000", huge.Message, StringComparison.Ordinal);
        Assert.Contains("one paragraph", across.Message, StringComparison.Ordinal);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("not within the text", outside.Message, StringComparison.Ordinal);
        Assert.Empty((await ThreadsAsync(id)).Threads);
    }

    [Fact]
    public async Task NewRevisions_CarryTheComments_AndDeletingTheWordsOrphansThem_InTheLog()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);
        await CommentAsync(editor, id, "6,000 of them", "Source?");
        await CommentAsync(editor, id, "The site is secret.", "Vague.");

        await SaveBodyAsync(id, 1, "Kim Jong Un visited the new memorial on Monday.\nOver 6,000 of them were killed.\nThe site is secret.");
        var afterEditElsewhere = (await ThreadsAsync(id)).Threads;
        await SaveBodyAsync(id, 2, "Kim Jong Un visited the new memorial on Monday.\nOver 6,000 of them were killed.");
        var afterDeletion = (await ThreadsAsync(id)).Threads;

        var figure = afterEditElsewhere[0].Anchor;
        Assert.Equal(("6,000 of them", AnchorStatus.Exact, 2), (figure.Quote.Exact, figure.Status, figure.RevisionNumber));
        Assert.Equal(AnchorStatus.Orphaned, afterDeletion.Single(t => t.Text == "Vague.").Anchor.Status);
        Assert.True(afterDeletion[^1].IsOrphaned);
        var log = await WithAsync<EditorialDbContext, string>(db => db.AuditEvents.Where(e => e.ArticleId == id && e.Kind == "AnchorStatusChanged").Select(e => e.Payload).SingleAsync());
        Assert.Contains("\"to\":\"Orphaned\"", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOrphan_CanBeReattached_ToANewSelection_KeepingItsOriginalQuote()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var thread = await CommentAsync(editor, id, "The site is secret.", "Vague.");
        const string edited = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed.\nIts location is undisclosed.";
        await SaveBodyAsync(id, 1, edited);
        var start = edited.IndexOf("location is undisclosed", StringComparison.Ordinal);

        await WithAsync<AnnotationService, bool>(async s => { await s.ReattachAsync(editor, id, thread, 2, start, start + 23); return true; });

        var reattached = (await ThreadsAsync(id)).Threads.Single();
        Assert.Equal(("location is undisclosed", AnchorStatus.Exact), (reattached.Anchor.Quote.Exact, reattached.Anchor.Status));
        Assert.Equal("The site is secret.", reattached.OriginalQuote);
    }

    [Fact]
    public async Task AMention_ReachesOnlyOneColleagueWithANewsroomRole_NeverAnOutsiderOrAnAmbiguousName()
    {
        var id = await ArticleAsync();
        var editor = await As(DemoUsers.Editor);
        var outsider = (await App.CreateUserAsync("factchecker@outsider.example")).RequireUserId();
        await App.CreateUserAsync("manager@elsewhere.example", Roles.Manager);

        await CommentAsync(editor, id, "memorial", "Over to you @factchecker, and @manager too.");

        var told = await WithAsync<EditorialDbContext, List<string>>(db => db.Notifications.Where(n => n.ArticleId == id).Select(n => n.UserId).ToListAsync());
        var farid = (await As(DemoUsers.FactChecker)).RequireUserId();
        Assert.Equal([farid], told);
        Assert.DoesNotContain(outsider, told);
    }
}

/// <summary><see cref="AnnotationServiceTests"/> on PostgreSQL.</summary>
public sealed class AnnotationServiceTestsOnPostgres(PostgresDatabase database) : AnnotationServiceTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="AnnotationServiceTests"/> on the embedded SQLite default.</summary>
public sealed class AnnotationServiceTestsOnSqlite(SqliteFolder database) : AnnotationServiceTests(database), IClassFixture<SqliteFolder>;
