using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Editorial.Domain.Text;
using Editorial.Testing;
using Editorial.Web.Features;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.History;
using Editorial.Web.Security;
using Editorial.Infrastructure.Persistence;

namespace Editorial.IntegrationTests.History;

/// <summary>History, compare and restore through the service and the API, on PostgreSQL.</summary>
public abstract class RevisionHistoryTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<ClaimsPrincipal> Editor => App.PrincipalOfAsync(DemoUsers.Editor);

    private async Task<Guid> ArticleWithRevisionsAsync(params string[] bodies)
    {
        var editor = await Editor;
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.CreateAsync(editor, new ArticleDraft("History", bodies[0])));
        for (var i = 1; i < bodies.Length; i++)
        {
            var body = bodies[i];
            var revision = i;
            await WithAsync<ArticleService, (ArticleDetails, bool)>(a => a.SaveAsync(editor, article.Id, revision, new ArticleDraft("History", body, $"Edit {revision}")));
        }

        return article.Id;
    }

    [Fact]
    public async Task TheHistory_ListsRevisionsNewestFirst_WithSizeChanges_PageByPage()
    {
        var id = await ArticleWithRevisionsAsync("One.", "One two.", "One two three.", "One.", "One again.");
        var editor = await Editor;

        var first = await WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, id, null, 2));
        var second = await WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, id, first.NextBefore, 2));
        var last = await WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, id, second.NextBefore, 2));

        Assert.Equal([5, 4, 3, 2, 1], first.Items.Concat(second.Items).Concat(last.Items).Select(r => r.Number));
        Assert.Null(last.NextBefore);
        Assert.Equal(6, first.Items[0].SizeChange);
        Assert.Equal(-10, first.Items[1].SizeChange);
        Assert.Equal("Erin Editor", first.Items[0].Author);
        Assert.Equal("Edit 4", first.Items[0].Summary);
    }

    [Fact]
    public async Task TheHistoryOfAnUnknownArticle_IsNotFound_AnEmptyPageOfAKnownOneIsEmpty()
    {
        var id = await ArticleWithRevisionsAsync("One.", "One two.");
        var editor = await Editor;

        var beforeTheFirst = await WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, id, 1, 25));

        Assert.Empty(beforeTheFirst.Items);
        Assert.Null(beforeTheFirst.NextBefore);
        await Assert.ThrowsAsync<NotFoundException>(() => WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, Guid.NewGuid(), null, 25)));
    }

    [Fact]
    public async Task AnyTwoRevisions_Compare_WordByWord()
    {
        var id = await ArticleWithRevisionsAsync("Over 6,000 killed.", "Over 6,500 killed.", "About 6,500 killed.");

        var comparison = await WithAsync<RevisionHistoryService, RevisionComparison>(async h => await h.CompareAsync(await Editor, id, 1, 3));

        Assert.Equal("Over 6,000 killed.", string.Concat(comparison.Body.Where(s => s.Operation != DiffOperation.Inserted).Select(s => s.Text)));
        Assert.Equal("About 6,500 killed.", string.Concat(comparison.Body.Where(s => s.Operation != DiffOperation.Deleted).Select(s => s.Text)));
        await Assert.ThrowsAsync<NotFoundException>(async () => await WithAsync<RevisionHistoryService, RevisionComparison>(async h => await h.CompareAsync(await Editor, id, 1, 9)));
    }

    [Fact]
    public async Task Restoring_AddsARevisionWithTheOldText_NothingIsLost()
    {
        var id = await ArticleWithRevisionsAsync("First text.", "Second text.");
        var editor = await Editor;

        var restored = await WithAsync<RevisionHistoryService, int>(h => h.RestoreAsync(editor, id, 1, 2));

        Assert.Equal(3, restored);
        var article = await WithAsync<ArticleService, ArticleDetails>(a => a.GetAsync(editor, id));
        Assert.Equal("First text.", article.Body);
        var history = await WithAsync<RevisionHistoryService, RevisionPage>(h => h.ListAsync(editor, id, null, 10));
        Assert.Equal(Editorial.Domain.Articles.RevisionKind.Restore, history.Items[0].Kind);
        Assert.Equal("Restored revision 1", history.Items[0].Summary);
    }

    [Fact]
    public async Task RestoreIsRefused_ToNonEditors_AndOnAStaleView()
    {
        var id = await ArticleWithRevisionsAsync("First text.", "Second text.");
        var factChecker = await App.PrincipalOfAsync(DemoUsers.FactChecker);

        await Assert.ThrowsAsync<AccessDeniedException>(() => WithAsync<RevisionHistoryService, int>(h => h.RestoreAsync(factChecker, id, 1, 2)));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await WithAsync<RevisionHistoryService, int>(async h => await h.RestoreAsync(await Editor, id, 1, 1)));
    }

    [Fact]
    public async Task TheApi_ListsRevisions_GetsOne_AndDiffsTwoAsJsonHunksWithTheirAuthors()
    {
        var id = await ArticleWithRevisionsAsync("Over 6,000 killed.", "Over 6,500 killed.");
        var client = await ApiClient.ForAsync(App, DemoUsers.Manager);

        var revisions = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/revisions");
        var diff = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/diff?from=1&to=2");
        var missing = await client.GetAsync($"/api/articles/{id}/diff?from=1&to=7");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/revisions/2");
        var noSuchRevision = await client.GetAsync($"/api/articles/{id}/revisions/9");

        Assert.Equal(2, revisions.GetProperty("items").GetArrayLength());
        var hunk = diff.GetProperty("hunks")[0];
        Assert.Equal((5, 5, 5, 5), (hunk.GetProperty("oldStart").GetInt32(), hunk.GetProperty("oldLength").GetInt32(),
            hunk.GetProperty("newStart").GetInt32(), hunk.GetProperty("newLength").GetInt32()));
        Assert.Equal("Erin Editor", hunk.GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(2, hunk.GetProperty("authors")[0].GetProperty("revisionNumber").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("Over 6,500 killed.", second.GetProperty("body").GetString());
        Assert.Equal(3, second.GetProperty("attribution").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, noSuchRevision.StatusCode);
    }
}

/// <summary><see cref="RevisionHistoryTests"/> on PostgreSQL.</summary>
public sealed class RevisionHistoryTestsOnPostgres(PostgresDatabase database) : RevisionHistoryTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="RevisionHistoryTests"/> on the embedded SQLite default.</summary>
public sealed class RevisionHistoryTestsOnSqlite(SqliteFolder database) : RevisionHistoryTests(database), IClassFixture<SqliteFolder>;
