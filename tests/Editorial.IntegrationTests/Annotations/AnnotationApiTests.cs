using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Editorial.Domain.Users;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Annotations;

/// <summary>Comments through the API: permissions, bad input, and re-anchoring after revisions posted through the API.</summary>
public abstract class AnnotationApiTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Body = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed.\nThe site is secret.";

    private Task<HttpClient> SignedInAsync(string email) => ApiClient.ForAsync(App, email);

    private static async Task<Guid> CreateArticleAsync(HttpClient editor) =>
        (await (await editor.PostAsJsonAsync("/api/articles", new { title = "API comments", body = Body })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();

    private static Task<HttpResponseMessage> CommentAsync(HttpClient client, Guid id, string words, string text, int revision = 1)
    {
        var start = Body.IndexOf(words, StringComparison.Ordinal);
        return client.PostAsJsonAsync($"/api/articles/{id}/annotations", new { revisionNumber = revision, start, end = start + words.Length, text });
    }

    private static async Task<JsonArray> ItemsAsync(HttpClient client, Guid id) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/articles/{id}/annotations"))!["first"]!["items"]!.AsArray();

    [Fact]
    public async Task RevisionsPostedThroughTheApi_CarryTheComments_AndOrphanThoseWhoseWordsGo()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await CreateArticleAsync(editor);
        (await CommentAsync(editor, id, "6,000 of them", "Source?")).EnsureSuccessStatusCode();
        (await CommentAsync(editor, id, "The site is secret.", "Vague.")).EnsureSuccessStatusCode();

        (await editor.PutAsJsonAsync($"/api/articles/{id}", new { title = "API comments", body = Body.Replace("6,000", "6,500", StringComparison.Ordinal).Replace("\nThe site is secret.", "", StringComparison.Ordinal), baseRevisionNumber = 1 }))
            .EnsureSuccessStatusCode();
        var items = await ItemsAsync(editor, id);

        var figure = items.Single(i => (string?)i!["body"]!["value"] == "Source?")!;
        var site = items.Single(i => (string?)i!["body"]!["value"] == "Vague.")!;
        Assert.Equal("TextChanged", (string?)figure["editorial:anchorStatus"]);
        Assert.Equal("6,500 of them", (string?)figure["target"]!["selector"]![0]!["exact"]);
        Assert.Equal("6,000 of them", (string?)figure["editorial:originalQuote"]);
        Assert.Equal(2, (int)figure["editorial:revision"]!);
        Assert.Equal("Orphaned", (string?)site["editorial:anchorStatus"]);
        Assert.Equal(1, (int)site["editorial:revision"]!);
    }

    [Fact]
    public async Task Permissions_AreEnforcedOnTheServer()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await CreateArticleAsync(editor);
        var created = await (await CommentAsync(editor, id, "memorial", "Which one?")).Content.ReadFromJsonAsync<JsonElement>();
        var thread = created.GetProperty("id").GetGuid();
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        await App.CreateUserAsync("auditor@editorial.test", Roles.Admin);
        var adminOnly = await SignedInAsync("auditor@editorial.test");
        var anonymous = BrowserlessClient.Create(App);

        Assert.Equal(HttpStatusCode.Forbidden, (await factChecker.PutAsJsonAsync($"/api/articles/{id}/annotations/{thread}", new { text = "Mine now" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await factChecker.DeleteAsync($"/api/articles/{id}/annotations/{thread}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CommentAsync(adminOnly, id, "memorial", "Admin says hi")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await CommentAsync(anonymous, id, "memorial", "Hi")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await factChecker.PostAsync($"/api/articles/{id}/annotations/{thread}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factChecker.PostAsync($"/api/articles/{id}/annotations/{Guid.NewGuid()}/resolve", null)).StatusCode);
    }

    [Fact]
    public async Task BadInput_GetsAClearProblem_AndSavesNothing()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await CreateArticleAsync(editor);

        var stale = await CommentAsync(editor, id, "memorial", "Old view", revision: 9);
        var outOfRange = await editor.PostAsJsonAsync($"/api/articles/{id}/annotations", new { revisionNumber = 1, start = -4, end = 9_999, text = "x" });
        var huge = await CommentAsync(editor, id, "memorial", new string('x', 1_000_000));
        var across = await CommentAsync(editor, id, "Monday.\nOver", "Two paragraphs");
        var unknownArticle = await editor.PostAsJsonAsync($"/api/articles/{Guid.NewGuid()}/annotations", new { revisionNumber = 1, start = 0, end = 3, text = "x" });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outOfRange.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        Assert.Contains("one paragraph", (await across.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownArticle.StatusCode);
        Assert.Empty(await ItemsAsync(editor, id));
    }
}

/// <summary><see cref="AnnotationApiTests"/> on PostgreSQL.</summary>
public sealed class AnnotationApiTestsOnPostgres(PostgresDatabase database) : AnnotationApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="AnnotationApiTests"/> on the embedded SQLite default.</summary>
public sealed class AnnotationApiTestsOnSqlite(SqliteFolder database) : AnnotationApiTests(database), IClassFixture<SqliteFolder>;
