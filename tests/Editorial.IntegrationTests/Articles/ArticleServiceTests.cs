using Editorial.Domain;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Articles;

/// <summary>On PostgreSQL, the production database.</summary>
public sealed class ArticleServiceOnPostgresTests(PostgresDatabase database)
    : ArticleServiceTests(EditorialAppFactory.OnPostgres(database)), IClassFixture<PostgresDatabase>;

/// <summary>On SQLite, the embedded default: the same rules must hold (its concurrency token is a
/// version column the app maintains, not PostgreSQL's xmin).</summary>
public sealed class ArticleServiceOnSqliteTests(SqliteFolder folder)
    : ArticleServiceTests(EditorialAppFactory.OnSqlite(folder.Path)), IClassFixture<SqliteFolder>;

/// <summary>The article service, called as the UI and the API call it.</summary>
public abstract class ArticleServiceTests(EditorialAppFactory app) : AppTest(app)
{
    private ArticleService Articles => App.Services.CreateScope().ServiceProvider.GetRequiredService<ArticleService>();

    [Fact]
    public async Task Create_ByAnEditor_MakesADraftWithRevisionOne_BylinedWithTheirName()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);

        var article = await Articles.CreateAsync(editor, new ArticleDraft("  A new story ", "First line.\r\nSecond line.  "));

        Assert.Equal("A new story", article.Title);
        Assert.Equal("First line.\nSecond line.", article.Body);
        Assert.Equal("Erin Editor", article.Byline);
        Assert.Equal(1, article.RevisionNumber);
        Assert.Equal("Erin Editor", article.LastEditedBy);
    }

    [Fact]
    public async Task Save_WithChangedText_CreatesTheNextRevision_AndASaveWithoutChangeCreatesNone()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Body"));

        var (changed, wasChanged) = await Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", "Body, edited", "Edit"));
        var (unchanged, wasUnchanged) = await Articles.SaveAsync(editor, article.Id, 2, new ArticleDraft("Story ", "Body, edited\r\n"));

        Assert.True(wasChanged);
        Assert.Equal(2, changed.RevisionNumber);
        Assert.False(wasUnchanged);
        Assert.Equal(2, unchanged.RevisionNumber);
        Assert.Equal(2, await RevisionCountAsync(article.Id));
    }

    [Fact]
    public async Task Revisions_KeepAuthorTimeAndContentHash()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Body"));

        var revision = await WithAsync<EditorialDbContext, Editorial.Domain.Articles.Revision>(db =>
            db.Revisions.SingleAsync(r => r.ArticleId == article.Id));
        Assert.Equal(editor.RequireUserId(), revision.AuthorId);
        Assert.Equal(Editorial.Domain.Text.ContentHash.Of("Story", "Body"), revision.ContentHash);
        Assert.True(DateTime.UtcNow - revision.CreatedAt < TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task Save_OnAStaleRevision_ThatOverlaps_IsAConflict_AndSavesNothing()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Over 6,000 killed."));
        await Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", "Over 5,800 killed."));

        var error = await Assert.ThrowsAsync<MergeConflictException>(() =>
            Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", "Over 6,500 killed.")));

        var conflict = Assert.Single(error.Body.Conflicts);
        Assert.Equal(("6,500", "5,800"), (conflict.Mine, conflict.Theirs));
        Assert.Equal(2, error.CurrentRevisionNumber);
        Assert.Equal(2, await RevisionCountAsync(article.Id));
    }

    [Fact]
    public async Task Save_OnAStaleRevision_ThatTouchesOtherWords_IsMerged_KeepingBoth()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var other = await App.PrincipalOfAsync(DemoUsers.EditorAndFactChecker);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Kim drove a forklift.\nOver 6,000 killed."));
        await Articles.SaveAsync(other, article.Id, 1, new ArticleDraft("Story", "Kim drove a forklift.\nOver 6,500 killed."));

        var (merged, changed) = await Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", "Kim drove a yellow forklift.\nOver 6,000 killed."));

        Assert.True(changed);
        Assert.Equal(3, merged.RevisionNumber);
        Assert.Equal("Kim drove a yellow forklift.\nOver 6,500 killed.", merged.Body);
        var kind = await WithAsync<EditorialDbContext, Editorial.Domain.Articles.RevisionKind>(db =>
            db.Revisions.Where(r => r.ArticleId == article.Id && r.Number == 3).Select(r => r.Kind).SingleAsync());
        Assert.Equal(Editorial.Domain.Articles.RevisionKind.Merge, kind);
    }

    [Fact]
    public async Task Save_OnABaseThatIsNotThisArticles_IsRefused()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Body"));
        await Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", "Body 2"));

        await Assert.ThrowsAsync<EditorialDomainException>(() => Articles.SaveAsync(editor, article.Id, 42, new ArticleDraft("Story", "Mine")));
        Assert.Equal(2, await RevisionCountAsync(article.Id));
    }

    [Fact]
    public async Task TwoSimultaneousSaves_OnTheSameRevision_OneWins_TheOtherIsRefused()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Body"));

        var saves = Enumerable.Range(0, 4).Select(i => Task.Run(() =>
            Articles.SaveAsync(editor, article.Id, 1, new ArticleDraft("Story", $"Edit {i}")))).ToList();
        var outcomes = await Task.WhenAll(saves.Select(async s =>
        {
            try
            {
                await s;
                return "saved";
            }
            catch (Exception e) when (e is ConcurrencyConflictException or MergeConflictException)
            {
                return "conflict";
            }
        }));

        Assert.Single(outcomes, o => o == "saved");
        Assert.Equal(3, outcomes.Count(o => o == "conflict"));
        Assert.Equal(2, await RevisionCountAsync(article.Id));
    }

    [Theory]
    [InlineData(DemoUsers.FactChecker)]
    [InlineData(DemoUsers.Manager)]
    [InlineData(DemoUsers.Admin)]
    public async Task Create_WithoutTheEditorRole_IsRefused(string email)
    {
        var user = await App.PrincipalOfAsync(email);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Articles.CreateAsync(user, new ArticleDraft("Story", "Body")));
    }

    [Fact]
    public async Task Save_WithoutTheEditorRole_IsRefused_AndSavesNothing()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var manager = await App.PrincipalOfAsync(DemoUsers.Manager);
        var article = await Articles.CreateAsync(editor, new ArticleDraft("Story", "Body"));

        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Articles.SaveAsync(manager, article.Id, 1, new ArticleDraft("Story", "Manager's edit")));
        Assert.Equal(1, await RevisionCountAsync(article.Id));
    }

    [Fact]
    public async Task AUserWithoutARole_CanReadNothing()
    {
        var nobody = await App.CreateUserAsync("no.role@newsroom.example");

        await Assert.ThrowsAsync<AccessDeniedException>(() => Articles.ListAsync(nobody, null, 10));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Create_WithEmptyTitle_IsRefused(string title)
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var before = await ArticleCountAsync();

        var error = await Assert.ThrowsAsync<EditorialDomainException>(() => Articles.CreateAsync(editor, new ArticleDraft(title, "Body")));

        Assert.Equal("The title is required.", error.Message);
        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task Create_WithOverLongTitleOrBody_IsRefused_AndSavesNothing()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var before = await ArticleCountAsync();

        await Assert.ThrowsAsync<EditorialDomainException>(() => Articles.CreateAsync(editor, new ArticleDraft(new string('t', 301), "Body")));
        await Assert.ThrowsAsync<EditorialDomainException>(() => Articles.CreateAsync(editor, new ArticleDraft("Story", new string('b', 200_001))));

        Assert.Equal(before, await ArticleCountAsync());
    }

    [Fact]
    public async Task HtmlControlAndBidiCharacters_AreStoredAsPlainNormalizedText()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);

        var article = await Articles.CreateAsync(editor,
            new ArticleDraft("<img src=x onerror=alert(1)>", "<script>alert('x')</script>\u0000\u202E done"));

        Assert.Equal("<img src=x onerror=alert(1)>", article.Title);
        Assert.Equal("<script>alert('x')</script> done", article.Body);
    }

    [Fact]
    public async Task List_IsKeysetPaginated_NewestFirst_WithoutGapsOrRepeats()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        for (var i = 0; i < 7; i++)
        {
            await Articles.CreateAsync(editor, new ArticleDraft($"Paged story {i}", "Body"));
        }

        var seen = new List<ArticleListItem>();
        ArticlePageCursor? cursor = null;
        do
        {
            var page = await Articles.ListAsync(editor, cursor, pageSize: 3);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(await ArticleCountAsync(), seen.Count);
        Assert.Equal(seen.Count, seen.Select(a => a.Id).Distinct().Count());
        Assert.Equal(seen.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Slug, StringComparer.Ordinal).Select(a => a.Id),
            seen.Select(a => a.Id));
    }

    [Fact]
    public async Task List_FilteredByDueDate_IsSoonestDueFirst_KeysetPaginatedWithoutGapsOrRepeats()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var deadline = new DateTime(2031, 3, 14, 12, 0, 0, DateTimeKind.Utc);
        // Two share a due date (the slug decides between them); one is due after the filter's day, one has none.
        int?[] dueInDays = [3, 1, 1, 0, 5, 9, null];
        foreach (var (days, i) in dueInDays.Select((d, i) => (d, i)))
        {
            var article = await Articles.CreateAsync(editor, new ArticleDraft($"Due story {i} {marker}", "Body"));
            DateTime? due = days is { } d ? deadline.AddDays(d) : null;
            await WithAsync<EditorialDbContext, int>(db => db.Articles.Where(a => a.Id == article.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.DueAt, due)));
        }

        var filter = new ArticleFilter(Text: marker, DueBefore: deadline.AddDays(6));
        var seen = new List<ArticleListItem>();
        ArticlePageCursor? cursor = null;
        do
        {
            var page = await Articles.ListAsync(editor, filter, cursor, pageSize: 2);
            seen.AddRange(page.Items);
            cursor = page.Next;
        }
        while (cursor is not null);

        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.Count, seen.Select(a => a.Id).Distinct().Count());
        Assert.Equal(seen.OrderBy(a => a.DueAt).ThenBy(a => a.Slug, StringComparer.Ordinal).Select(a => a.Id), seen.Select(a => a.Id));
        Assert.Equal([0, 1, 1, 3, 5], seen.Select(a => (a.DueAt!.Value - deadline).Days));
    }

    [Fact]
    public async Task Get_OfAnUnknownArticle_IsNotFound()
    {
        var editor = await App.PrincipalOfAsync(DemoUsers.Editor);

        await Assert.ThrowsAsync<NotFoundException>(() => Articles.GetAsync(editor, Guid.NewGuid()));
    }

    private Task<int> RevisionCountAsync(Guid articleId) =>
        WithAsync<EditorialDbContext, int>(db => db.Revisions.CountAsync(r => r.ArticleId == articleId));

    private Task<int> ArticleCountAsync() => WithAsync<EditorialDbContext, int>(db => db.Articles.CountAsync());
}
