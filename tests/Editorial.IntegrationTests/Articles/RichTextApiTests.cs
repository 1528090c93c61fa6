using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Articles;

/// <summary>
/// Rich text through the API and the save pipeline: stored canonically, read back as body, text and
/// sanitized HTML, hostile input refused with nothing saved, a formatting change a change like any
/// other, and what tracked changes and merges do to the formatting.
/// </summary>
public abstract class RichTextApiTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Story = "# Budget passes\n\nThe council approved __$3.2bn__ for [roads](https://example.org/roads) and _schools_.\n\n" +
        "- Roads: <script>alert(1)</script>\n- Schools";

    private Task<HttpClient> SignedInAsync(string email) => ApiClient.ForAsync(App, email);

    private static async Task<JsonElement> CreateAsync(HttpClient client, string body, string format = "Markdown")
    {
        var response = await client.PostAsJsonAsync("/api/articles", new { title = "Rich story", body, format });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AFormattedArticle_IsStoredCanonically_AndReadBackAsBodyTextAndSanitizedHtml()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var created = await CreateAsync(editor, Story);

        var read = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{created.GetProperty("id").GetGuid()}");

        Assert.Equal("Markdown", read.GetProperty("format").GetString());
        Assert.Equal("# Budget passes\n\nThe council approved **$3.2bn** for [roads](https://example.org/roads) and *schools*.\n\n" +
            "- Roads: \\<script\\>alert(1)\\</script\\>\n- Schools", read.GetProperty("body").GetString());
        Assert.Equal("Budget passes\nThe council approved $3.2bn for roads and schools.\nRoads: <script>alert(1)</script>\nSchools",
            read.GetProperty("text").GetString());
        var html = read.GetProperty("html").GetString()!;
        Assert.StartsWith("<h2>Budget passes</h2>\n<p>The council approved <strong>$3.2bn</strong> for <a href=\"https://example.org/roads\" rel=\"noopener noreferrer nofollow\">roads</a>", html, StringComparison.Ordinal);
        Assert.Contains("Roads: &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "cannot be a link")]
    [InlineData("[click](<data:text/html;base64,PHNjcmlwdD4=>)", "cannot be a link")]
    [InlineData("- a\n  - b\n    - c\n      - d\n        - e", "nested 4 deep at most")]
    public async Task HostileMarkdown_Is422WithTheReason_AndNothingIsSaved(string body, string reason)
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var created = await CreateAsync(editor, "Fine words.");
        var id = created.GetProperty("id").GetGuid();

        var refused = await editor.PostAsJsonAsync("/api/articles", new { title = "Hostile", body, format = "Markdown" });
        var edit = await editor.PutAsJsonAsync($"/api/articles/{id}", new { title = "Rich story", body, format = "Markdown", baseRevisionNumber = 1 });
        var huge = await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = string.Concat(Enumerable.Repeat("**bold** ", 25_000)), format = "Markdown", baseRevisionNumber = 1 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(reason, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edit.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        Assert.Contains("the limit is 200,000", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var read = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(1, read.GetProperty("revisionNumber").GetInt32());
        Assert.Equal("Fine words.", read.GetProperty("text").GetString());
    }

    [Fact]
    public async Task AFormattingChange_IsANewRevision_ThatEndsTheSignOffsOnTheOldText_WhileCommentsStayOnTheirWords()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = (await CreateAsync(editor, "Officials said over 6,000 troops were killed.")).GetProperty("id").GetGuid();
        var thread = await editor.PostAsJsonAsync($"/api/articles/{id}/annotations", new { revisionNumber = 1, start = 15, end = 32, text = "Source?" });
        Assert.Equal(HttpStatusCode.Created, thread.StatusCode);
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();

        var bold = await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = "Officials said **over 6,000 troops** were killed.", format = "Markdown", baseRevisionNumber = 1 });

        Assert.True((await bold.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        var timeline = await editor.GetStringAsync($"/api/articles/{id}/audit");
        Assert.Contains("FactChecker sign-off was invalidated by revision 2", timeline, StringComparison.Ordinal);
        var annotations = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/annotations");
        var quote = annotations.GetProperty("first").GetProperty("items")[0].GetProperty("target").GetProperty("selector")[0];
        Assert.Equal("over 6,000 troops", quote.GetProperty("exact").GetString());
        Assert.Contains("\"editorial:anchorStatus\":\"Exact\"", annotations.GetRawText().Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlainArticle_SavedBackWithTheSameWordsAndNoFormatting_IsNoChange_AndItsFirstRealEditIsMarkdown()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = (await CreateAsync(editor, "First line, with *stars*.\nSecond line.", format: "PlainText")).GetProperty("id").GetGuid();

        var same = await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = "First line, with \\*stars\\*.\n\nSecond line.", format = "Markdown", baseRevisionNumber = 1 });
        var edited = await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = "First line, with \\*stars\\*.\n\nSecond line, **longer**.", format = "Markdown", baseRevisionNumber = 1 });

        Assert.False((await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changed").GetBoolean());
        var article = (await edited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article");
        Assert.Equal(2, article.GetProperty("revisionNumber").GetInt32());
        Assert.Equal("Markdown", article.GetProperty("format").GetString());
        Assert.Equal("First line, with *stars*.\nSecond line, longer.", article.GetProperty("text").GetString());
        var first = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/revisions/1");
        Assert.Equal(("PlainText", "First line, with *stars*.\nSecond line."), (first.GetProperty("format").GetString(), first.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task RejectingATrackedChange_RevertsTheWords_AndKeepsTheFormatting()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = (await CreateAsync(editor, "# Vote\n\nThe council approved **$3.2bn** for [roads](https://example.org/roads).")).GetProperty("id").GetGuid();
        (await editor.PutAsJsonAsync($"/api/articles/{id}", new
        {
            title = "Rich story", body = "# Vote\n\nThe council approved **$4bn** for [roads](https://example.org/roads).", format = "Markdown", baseRevisionNumber = 1,
        })).EnsureSuccessStatusCode();

        var rejected = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/reject", new { revisionNumber = 2, baselineNumber = 0 });

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var read = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(3, read.GetProperty("revisionNumber").GetInt32());
        Assert.Equal("# Vote\n\nThe council approved **$3.2bn** for [roads](https://example.org/roads).", read.GetProperty("body").GetString());
    }

    [Fact]
    public async Task FormattingChanges_AreTrackedChangesOfTheirOwnKind_AcceptedAndRejectedOneByOne()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = (await CreateAsync(editor, "Vote\n\nThe council approved $3.2bn for roads.")).GetProperty("id").GetGuid();
        (await editor.PutAsJsonAsync($"/api/articles/{id}", new
        {
            title = "Rich story", body = "# Vote\n\nThe council approved **$3.2bn** for [roads](https://example.org/roads).", format = "Markdown", baseRevisionNumber = 1,
        })).EnsureSuccessStatusCode();

        var view = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/changes");
        Assert.Equal(0, view.GetProperty("changes").GetArrayLength());
        var formatting = view.GetProperty("formatting").EnumerateArray().ToList();
        Assert.Equal(["Now a heading (was a paragraph)", "Made bold", "Linked to https://example.org/roads"],
            formatting.Select(f => f.GetProperty("description").GetString()));
        Assert.Equal(["Vote", "$3.2bn", "roads"], formatting.Select(f => f.GetProperty("words").GetString()));
        var (heading, bold) = (formatting[0].GetProperty("id").GetString(), formatting[1].GetProperty("id").GetString());

        var notAnEditor = await factChecker.PostAsJsonAsync($"/api/articles/{id}/changes/accept", new { changeIds = new[] { bold }, revisionNumber = 2, baselineNumber = 0 });
        var accepted = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/accept", new { changeIds = new[] { bold }, revisionNumber = 2, baselineNumber = 0 });
        var rejected = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/reject", new { changeIds = new[] { heading }, revisionNumber = 2, baselineNumber = 1 });
        var stale = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/reject", new { changeIds = new[] { heading }, revisionNumber = 3, baselineNumber = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, notAnEditor.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(2, (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("formatting").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var left = Assert.Single((await rejected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("formatting").EnumerateArray());
        Assert.Equal("Linked to https://example.org/roads", left.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var read = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal(3, read.GetProperty("revisionNumber").GetInt32());
        Assert.Equal("Vote\n\nThe council approved **$3.2bn** for [roads](https://example.org/roads).", read.GetProperty("body").GetString());
        // History's compare says the same of any two revisions.
        var compared = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/diff?from=2&to=3");
        Assert.Equal("Now a paragraph (was a heading)", Assert.Single(compared.GetProperty("formatting").EnumerateArray()).GetProperty("description").GetString());
    }

    [Fact]
    public async Task APlainArticleSavedFromTheEditor_ShowsOnlyWhatWasFormatted_NotTheBlankLinesMarkdownDrops()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = (await CreateAsync(editor, "Budget\n\nThe council voted.\n\nIt was close.", format: "PlainText")).GetProperty("id").GetGuid();
        (await editor.PutAsJsonAsync($"/api/articles/{id}", new
        {
            title = "Rich story", body = "## Budget\n\nThe council voted.\n\nIt was close.", format = "Markdown", baseRevisionNumber = 1,
        })).EnsureSuccessStatusCode();

        var view = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/changes");
        Assert.Equal(0, view.GetProperty("changes").GetArrayLength());
        Assert.Equal("Now a subheading (was a paragraph)", Assert.Single(view.GetProperty("formatting").EnumerateArray()).GetProperty("description").GetString());

        var all = await editor.PostAsJsonAsync($"/api/articles/{id}/changes/accept", new { revisionNumber = 2, baselineNumber = 0 });
        var after = await all.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 0), (after.GetProperty("changes").GetArrayLength(), after.GetProperty("formatting").GetArrayLength()));
    }

    [Fact]
    public async Task AStaleFormattedSave_IsMergedWithWhatWasSavedMeanwhile()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = (await CreateAsync(editor, "Kim drove a forklift.\n\nOver 6,000 killed.")).GetProperty("id").GetGuid();
        (await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = "Kim drove a forklift.\n\nOver **6,500** killed.", format = "Markdown", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();

        var merged = await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Rich story", body = "Kim drove a [red](https://example.org/red) forklift.\n\nOver 6,000 killed.", format = "Markdown", baseRevisionNumber = 1 });

        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var article = (await merged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article");
        Assert.Equal("Kim drove a [red](https://example.org/red) forklift.\n\nOver **6,500** killed.", article.GetProperty("body").GetString());
    }
}

/// <summary><see cref="RichTextApiTests"/> on PostgreSQL.</summary>
public sealed class RichTextApiTestsOnPostgres(PostgresDatabase database) : RichTextApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="RichTextApiTests"/> on the embedded SQLite default.</summary>
public sealed class RichTextApiTestsOnSqlite(SqliteFolder database) : RichTextApiTests(database), IClassFixture<SqliteFolder>;
