using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Workflow;

/// <summary>The workflow over HTTP, as a newsroom script uses it.</summary>
public abstract class WorkflowApiTests(ITestDatabase database) : AppTest(database.App())
{
    private Task<HttpClient> SignedInAsync(string email) => ApiClient.ForAsync(App, email);

    private async Task<Guid> NewArticleAsync(HttpClient editor)
    {
        var created = await editor.PostAsJsonAsync("/api/articles", new { title = "API story", body = "Text." });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static object SignOff(string role, string decision = "Approve", int revision = 1, string? comment = null) =>
        new { transition = "approve", role, decision, comment, revisionNumber = revision };

    [Fact]
    public async Task AScript_TakesAnArticleFromDraftToApproved()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);

        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await SignedInAsync(DemoUsers.FactChecker)).PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"))).StatusCode);
        var last = await (await SignedInAsync(DemoUsers.Manager)).PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("Manager"));

        var workflow = await last.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Approved", workflow.GetProperty("stage").GetString());
        var verify = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/audit/verify");
        Assert.True(verify.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task AScript_ReadsWhatAwaitsItsUser_WithTheActionAndRole()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);
        var editorsQueue = await editor.GetFromJsonAsync<JsonElement>("/api/me/queue");
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var queue = await factChecker.GetFromJsonAsync<JsonElement>("/api/me/queue");
        var anonymous = await App.CreateClient().GetAsync("/api/me/queue");

        var draft = editorsQueue.EnumerateArray().Single(q => q.GetProperty("article").GetProperty("id").GetGuid() == id);
        Assert.Equal("submit", draft.GetProperty("action").GetString());
        var item = queue.EnumerateArray().Single(q => q.GetProperty("article").GetProperty("id").GetGuid() == id);
        Assert.Equal("approve", item.GetProperty("action").GetString());
        Assert.Equal("FactChecker", item.GetProperty("role").GetString());
        Assert.Equal("Needs your FactChecker sign-off", item.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task TheActionsList_IsWhatTheServerThenAccepts_AndRefuses()
    {
        var author = await SignedInAsync(DemoUsers.EditorAndFactChecker);
        var id = await NewArticleAsync(author);
        await author.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);

        static async Task<string[]> ActionsAsync(HttpClient client, Guid id) =>
            (await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/actions")).EnumerateArray()
                .Select(a => a.GetProperty("role").GetString() is { } role ? $"{a.GetProperty("kind").GetString()}:{role}"
                    : a.GetProperty("transition").GetString() ?? a.GetProperty("kind").GetString()!)
                .ToArray();
        var authors = await ActionsAsync(author, id);
        var checkers = await ActionsAsync(factChecker, id);

        // The author holds FactChecker too, but wrote the text: no sign-off is offered, and none is taken.
        Assert.Equal(["edit", "comment", "flag-claim", "describe-claim", "check-claim", "decide-changes", "suggest", "send-back"], authors);
        var refused = await author.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("You wrote text in this article", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The fact-checker may sign and may not edit; the server agrees with the list both ways.
        Assert.Equal(["comment", "flag-claim", "describe-claim", "check-claim", "suggest", "sign-off:FactChecker", "send-back"], checkers);
        var edit = await factChecker.PutAsJsonAsync($"/api/articles/{id}", new { title = "API story", body = "Changed.", baseRevisionNumber = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"))).StatusCode);
    }

    [Fact]
    public async Task GetWorkflow_ShowsRequirementsGatesAndTheCallersActions()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        var workflow = await (await SignedInAsync(DemoUsers.FactChecker)).GetFromJsonAsync<JsonElement>($"/api/articles/{id}/workflow");

        var approve = workflow.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "approve");
        Assert.Equal(["FactChecker"], approve.GetProperty("signableRoles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, approve.GetProperty("requirements").GetArrayLength());
        Assert.Equal(2, approve.GetProperty("gates").GetArrayLength());
        var sendBack = workflow.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "send-back");
        Assert.True(sendBack.GetProperty("canPerform").GetBoolean());
    }

    [Fact]
    public async Task WrongRole_Gets403_StaleText409_BrokenRule422_UnknownArticle404()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = await NewArticleAsync(editor);

        var wrongRole = await factChecker.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });
        var noReason = await factChecker.PostAsJsonAsync($"/api/articles/{id}/workflow/send-back", new { reason = "" });
        var stale = await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker", revision: 0));
        var unknown = await factChecker.GetAsync($"/api/articles/{Guid.NewGuid()}/workflow");
        await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"));
        var twice = await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"));

        Assert.Equal(HttpStatusCode.Forbidden, wrongRole.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("already signed off", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.All([wrongRole, noReason, stale, unknown, twice], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task AHugeReasonFullOfControlCharacters_IsRefusedWithTheLimit()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        var response = await (await SignedInAsync(DemoUsers.Manager)).PostAsJsonAsync($"/api/articles/{id}/workflow/send-back",
            new { reason = string.Concat(Enumerable.Repeat("why\u0001\u0002", 25_000)) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("the limit is 4,000", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedBody_Gets400()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);

        var response = await editor.PostAsync($"/api/articles/{id}/sign-offs",
            new StringContent("""{"transition":"approve","role":"Editor","decision":"Maybe","revisionNumber":1}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AManagerAssignsThroughTheApi_AnEditorGets403()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var id = await NewArticleAsync(editor);
        var body = new { factCheckerId = (string?)null, managerId = (string?)null, dueAt = "2030-05-01T18:00:00Z" };

        var refused = await editor.PostAsJsonAsync($"/api/articles/{id}/assignment", body);
        var assigned = await manager.PostAsJsonAsync($"/api/articles/{id}/assignment", body);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var workflow = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new DateTime(2030, 5, 1, 18, 0, 0, DateTimeKind.Utc), workflow.GetProperty("assignment").GetProperty("dueAt").GetDateTime().ToUniversalTime());
    }

    public static TheoryData<string, string, HttpStatusCode> ApiMatrix => new()
    {
        // action, user, expected status (the article is first brought to the action's stage)
        { "submit", DemoUsers.Editor, HttpStatusCode.OK },
        { "submit", DemoUsers.FactChecker, HttpStatusCode.Forbidden },
        { "submit", DemoUsers.Manager, HttpStatusCode.Forbidden },
        { "submit", DemoUsers.Admin, HttpStatusCode.Forbidden },
        { "send-back", DemoUsers.FactChecker, HttpStatusCode.OK },
        { "send-back", DemoUsers.Manager, HttpStatusCode.OK },
        { "send-back", DemoUsers.Editor, HttpStatusCode.Forbidden },
        { "send-back", DemoUsers.Admin, HttpStatusCode.Forbidden },
        { "sign-off:FactChecker", DemoUsers.FactChecker, HttpStatusCode.OK },
        { "sign-off:FactChecker", DemoUsers.Manager, HttpStatusCode.Forbidden },
        { "sign-off:Manager", DemoUsers.Manager, HttpStatusCode.OK },
        { "sign-off:Manager", DemoUsers.Editor, HttpStatusCode.Forbidden },
        { "sign-off:Manager", DemoUsers.Admin, HttpStatusCode.Forbidden },
        { "reopen", DemoUsers.Manager, HttpStatusCode.OK },
        { "reopen", DemoUsers.FactChecker, HttpStatusCode.Forbidden },
        { "reopen", DemoUsers.Editor, HttpStatusCode.Forbidden },
        { "assign", DemoUsers.Manager, HttpStatusCode.OK },
        { "assign", DemoUsers.FactChecker, HttpStatusCode.Forbidden },
        { "assign", DemoUsers.Editor, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(ApiMatrix))]
    public async Task EachRoleMayCallOnlyItsActions_ThroughTheApi(string action, string email, HttpStatusCode expected)
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var id = await NewArticleAsync(editor);
        if (action != "submit")
        {
            await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });
        }

        if (action == "reopen")
        {
            await (await SignedInAsync(DemoUsers.FactChecker)).PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("FactChecker"));
            await (await SignedInAsync(DemoUsers.Manager)).PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff("Manager"));
        }

        var client = await SignedInAsync(email);
        var response = action switch
        {
            "assign" => await client.PostAsJsonAsync($"/api/articles/{id}/assignment", new { dueAt = "2031-01-01T00:00:00Z" }),
            _ when action.StartsWith("sign-off:", StringComparison.Ordinal) =>
                await client.PostAsJsonAsync($"/api/articles/{id}/sign-offs", SignOff(action["sign-off:".Length..])),
            _ => await client.PostAsJsonAsync($"/api/articles/{id}/workflow/{action}", new { reason = "Because." }),
        };

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_Gets401()
    {
        var response = await BrowserlessClient.Create(App).GetAsync($"/api/articles/{Guid.NewGuid()}/workflow");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

/// <summary><see cref="WorkflowApiTests"/> on PostgreSQL.</summary>
public sealed class WorkflowApiTestsOnPostgres(PostgresDatabase database) : WorkflowApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="WorkflowApiTests"/> on the embedded SQLite default.</summary>
public sealed class WorkflowApiTestsOnSqlite(SqliteFolder database) : WorkflowApiTests(database), IClassFixture<SqliteFolder>;
