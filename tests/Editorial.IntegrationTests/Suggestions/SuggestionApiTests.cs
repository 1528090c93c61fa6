using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Suggestions;

/// <summary>
/// Suggestions end to end over HTTP: a fact-checker proposes, everyone reads the suggestions, an Editor
/// accepts one (a revision credited to the suggester that ends the sign-offs) and rejects another (the log
/// keeps it), the suggester withdraws; who may do what is enforced on the server; a stale decision is 409;
/// and separation of duties follows the policy setting.
/// </summary>
public abstract class SuggestionApiTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Text = "Officials said over 6,000 troops were killed.\n\nThe site is secret.";

    private Task<HttpClient> SignedInAsync(string email) => ApiClient.ForAsync(App, email);

    private static async Task<Guid> CreateAsync(HttpClient editor, string body = Text)
    {
        var created = await editor.PostAsJsonAsync("/api/articles", new { title = "Suggested story", body, format = "Markdown" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/suggestions");

    private static (string Id, string Suggester, string Removed, string Added)[] Items(JsonElement view) =>
        view.GetProperty("suggestions").EnumerateArray().Select(s => (s.GetProperty("id").GetString()!,
            s.GetProperty("suggester").GetProperty("userId").GetString()!, s.GetProperty("removed").GetString()!, s.GetProperty("added").GetString()!)).ToArray();

    [Fact]
    public async Task AFactCheckersProposal_IsReadAsSuggestions_AnEditorAcceptsOne_AndRejectsTheOther()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = await CreateAsync(editor);
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();

        var proposed = await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,500 troops were killed.\n\nThe site is closed.", baseRevisionNumber = 1 });
        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        var seen = await ListAsync(editor, id);
        var items = Items(seen);
        Assert.Equal([("6,000", "6,500"), ("secret", "closed")], items.Select(i => (i.Removed, i.Added)));
        Assert.True(seen.GetProperty("canDecide").GetBoolean());

        var accepted = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/{items[0].Id}/accept",
            new { suggesterId = items[0].Suggester, revisionNumber = 1 });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var article = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal("Officials said over 6,500 troops were killed.\nThe site is secret.", article.GetProperty("text").GetString());
        var revision = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/revisions/2");
        Assert.Equal(("Suggestion", items[0].Suggester), (revision.GetProperty("kind").GetString(), revision.GetProperty("authorId").GetString()));
        Assert.Equal("Suggested by Farid Factchecker; accepted by Erin Editor", revision.GetProperty("summary").GetString());
        var left = Items(await accepted.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal([("secret", "closed")], left.Select(i => (i.Removed, i.Added)));

        var rejected = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/{left[0].Id}/reject",
            new { suggesterId = left[0].Suggester, revisionNumber = 2 });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Empty(Items(await ListAsync(editor, id)));
        var timeline = await editor.GetStringAsync($"/api/articles/{id}/audit");
        Assert.Contains("FactChecker sign-off was invalidated by revision 2", timeline, StringComparison.Ordinal);
        Assert.Contains("rejected Farid Factchecker's suggestion to change “secret” to “closed”", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyEditorsDecide_OthersMayOnlyWithdrawTheirOwn_AndACookieCannotPropose()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var id = await CreateAsync(editor);
        (await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,500 troops were killed.\n\nThe site is secret.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        var mine = Items(await ListAsync(factChecker, id))[0];

        var managerAccepts = await manager.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/accept", new { suggesterId = mine.Suggester, revisionNumber = 1 });
        var managerRejects = await manager.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/reject", new { suggesterId = mine.Suggester, revisionNumber = 1 });
        var suggesterAccepts = await factChecker.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/accept", new { suggesterId = mine.Suggester, revisionNumber = 1 });
        var withdrawn = await factChecker.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/reject", new { suggesterId = mine.Suggester, revisionNumber = 1 });
        var cookie = BrowserlessClient.Create(App);
        await cookie.SignInAsync(DemoUsers.FactChecker, DemoUsers.Password);
        var byCookie = await cookie.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine", new { body = "Anything.", baseRevisionNumber = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, managerAccepts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, managerRejects.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, suggesterAccepts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.Empty(Items(await ListAsync(editor, id)));
        Assert.Contains("withdrew their suggestion", await editor.GetStringAsync($"/api/articles/{id}/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStaleDecision_Is409_HostileProposals_Are422_AndApprovedTextTakesNoSuggestions()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = await CreateAsync(editor);
        (await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,500 troops were killed.\n\nThe site is secret.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        var mine = Items(await ListAsync(editor, id))[0];
        (await editor.PutAsJsonAsync($"/api/articles/{id}",
            new { title = "Suggested story", body = "Officials said over 6,000 troops died.\n\nThe site is secret.", format = "Markdown", baseRevisionNumber = 1 }))
            .EnsureSuccessStatusCode();

        var stale = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/accept", new { suggesterId = mine.Suggester, revisionNumber = 1 });
        var gone = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/0000000000000000/accept", new { suggesterId = mine.Suggester, revisionNumber = 2 });
        var script = await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine", new { body = "[x](javascript:alert(1))", baseRevisionNumber = 2 });
        var huge = await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine", new { body = new string('a', 200_001), baseRevisionNumber = 2 });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, gone.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, script.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, huge.StatusCode);
        // The proposal moved onto revision 2: the editor's "died" stays, the figure is still suggested.
        Assert.Equal([("6,000", "6,500")], Items(await ListAsync(editor, id)).Select(i => (i.Removed, i.Added)));
    }

    [Fact]
    public async Task AllOfOneSuggestersSuggestions_AreAcceptedAsTheirRevision_AndEveryoneElsesRejectedAtOnce()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var id = await CreateAsync(editor);
        (await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,500 troops were killed.\n\nThe site is closed.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        (await manager.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,000 soldiers were killed.\n\nThe site is secret.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        var farid = Items(await ListAsync(editor, id)).First(i => i.Added == "6,500").Suggester;

        var refused = await manager.PostAsJsonAsync($"/api/articles/{id}/suggestions/accept", new { suggesterId = (string?)null, revisionNumber = 1 });
        var accepted = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/accept", new { suggesterId = farid, revisionNumber = 1 });
        var left = Items(await accepted.Content.ReadFromJsonAsync<JsonElement>());
        var rejected = await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/reject", new { suggesterId = (string?)null, revisionNumber = 2 });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal([("troops", "soldiers")], left.Select(i => (i.Removed, i.Added)));
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Empty(Items(await rejected.Content.ReadFromJsonAsync<JsonElement>()));
        var article = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        Assert.Equal("Officials said over 6,500 troops were killed.\nThe site is closed.", article.GetProperty("text").GetString());
        Assert.Equal(2, article.GetProperty("revisionNumber").GetInt32());
        Assert.Contains("rejected Maya Manager's suggestion to change “troops” to “soldiers”", await editor.GetStringAsync($"/api/articles/{id}/audit"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ByDefault_ASuggesterWhoseWordsWereAccepted_StillSignsOff()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var id = await CreateAsync(editor);
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine",
            new { body = "Officials said over 6,500 troops were killed.\n\nThe site is secret.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        var mine = Items(await ListAsync(editor, id))[0];
        (await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/{mine.Id}/accept", new { suggesterId = mine.Suggester, revisionNumber = 1 })).EnsureSuccessStatusCode();

        var signed = await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 2 });

        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
    }
}

/// <summary>With <c>Workflow:AcceptedSuggestionsCountAsWriting</c>, an accepted suggestion makes its suggester a writer.</summary>
public abstract class StrictSuggestionTests(ITestDatabase database)
    : AppTest(database.App(settings: new Dictionary<string, string?> { ["Workflow:AcceptedSuggestionsCountAsWriting"] = "true" }))
{
    [Fact]
    public async Task ASuggesterWhoseWordsWereAccepted_MayNotSignOff()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var factChecker = await ApiClient.ForAsync(App, DemoUsers.FactChecker);
        var created = await editor.PostAsJsonAsync("/api/articles", new { title = "Strict", body = "Over 6,000 killed.", format = "Markdown" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PutAsJsonAsync($"/api/articles/{id}/suggestions/mine", new { body = "Over 6,500 killed.", baseRevisionNumber = 1 })).EnsureSuccessStatusCode();
        var suggestion = (await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/suggestions")).GetProperty("suggestions")[0];
        (await editor.PostAsJsonAsync($"/api/articles/{id}/suggestions/{suggestion.GetProperty("id").GetString()}/accept",
            new { suggesterId = suggestion.GetProperty("suggester").GetProperty("userId").GetString(), revisionNumber = 1 })).EnsureSuccessStatusCode();

        var signed = await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 2 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, signed.StatusCode);
        Assert.Contains("You wrote text in this article", await signed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary><see cref="SuggestionApiTests"/> on PostgreSQL.</summary>
public sealed class SuggestionApiTestsOnPostgres(PostgresDatabase database) : SuggestionApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="SuggestionApiTests"/> on the embedded SQLite default.</summary>
public sealed class SuggestionApiTestsOnSqlite(SqliteFolder database) : SuggestionApiTests(database), IClassFixture<SqliteFolder>;

/// <summary><see cref="StrictSuggestionTests"/> on PostgreSQL.</summary>
public sealed class StrictSuggestionTestsOnPostgres(PostgresDatabase database) : StrictSuggestionTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="StrictSuggestionTests"/> on the embedded SQLite default.</summary>
public sealed class StrictSuggestionTestsOnSqlite(SqliteFolder database) : StrictSuggestionTests(database), IClassFixture<SqliteFolder>;
