using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Claims;

/// <summary>Claims over the API: roles enforced on the server, the gate, and the ClaimReview and report exports.</summary>
public abstract class ClaimApiTests(ITestDatabase database) : AppTest(database.App())
{
    private const string Body = ClaimServiceTests.Body;

    private Task<HttpClient> SignedInAsync(string email) => ApiClient.ForAsync(App, email);

    private static async Task<(Guid Article, Guid Claim)> FlaggedAsync(HttpClient editor, HttpClient factChecker, string claimant)
    {
        var article = (await (await editor.PostAsJsonAsync("/api/articles", new { title = "Claims <i>API</i>", body = Body })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        var start = Body.IndexOf(ClaimServiceTests.Words, StringComparison.Ordinal);
        var flagged = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims",
            new { revisionNumber = 1, start, end = start + ClaimServiceTests.Words.Length, claimant });
        Assert.Equal(HttpStatusCode.Created, flagged.StatusCode);
        return (article, (await flagged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    // A fact-checker's verdict with its source, given on the claim as it is now.
    private static async Task CheckedAsync(HttpClient factChecker, Guid article, Guid claim, string status, string verdict, object source)
    {
        (await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/sources", source)).EnsureSuccessStatusCode();
        var version = (await factChecker.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/claims")).GetProperty("claims")[0].GetProperty("version").GetInt32();
        (await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/status", new { status, verdict, version })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task AnEditorWithoutTheFactCheckerRole_CannotGiveAVerdictThroughTheApi()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var (article, claim) = await FlaggedAsync(editor, factChecker, "Intelligence sources");

        var verdict = await editor.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/status", new { status = "Verified", verdict = "Sure", version = 0 });
        var source = await editor.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/sources",
            new { url = "https://example.org", title = "t", publisher = "p", accessedOn = "2026-11-29", note = "" });
        var flagByManager = await manager.PostAsJsonAsync($"/api/articles/{article}/claims", new { revisionNumber = 1, start = 0, end = 5, claimant = "" });
        var javascriptUrl = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/sources",
            new { url = "javascript:alert(document.cookie)", title = "t", publisher = "p", accessedOn = "2026-11-29", note = "" });
        var badStatus = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/status", new { status = "Fabulous", verdict = "", version = 0 });
        var numericStatus = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/status", new { status = 99, verdict = "", version = 0 });

        Assert.Equal(HttpStatusCode.Forbidden, verdict.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, source.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, flagByManager.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, javascriptUrl.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, numericStatus.StatusCode);
        var claims = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/claims");
        Assert.Equal("Unchecked", claims.GetProperty("claims")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheExports_AreClaimReviewJsonLd_AndAnEscapedPrintableReport()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var (article, claim) = await FlaggedAsync(editor, factChecker, "Western <script>alert(1)</script> sources");
        await CheckedAsync(factChecker, article, claim, "Misleading", "Counts missing too.",
            new { url = "https://example.org/report?a=1&b=2", title = "Casualty <b>report</b>", publisher = "Ministry", accessedOn = "2026-11-29", note = "Table 2" });

        var reviewResponse = await editor.GetAsync($"/api/articles/{article}/claims/claim-review");
        var review = JsonNode.Parse(await reviewResponse.Content.ReadAsStringAsync())!.AsArray().Single()!;
        var report = await editor.GetAsync($"/api/articles/{article}/claims/report");
        var html = await report.Content.ReadAsStringAsync();

        Assert.Equal("application/ld+json", reviewResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("https://schema.org", "ClaimReview"), ((string?)review["@context"], (string?)review["@type"]));
        Assert.Equal(ClaimServiceTests.Words, (string?)review["claimReviewed"]);
        Assert.Equal("Misleading", (string?)review["reviewRating"]!["alternateName"]);
        Assert.Equal(2, (int)review["reviewRating"]!["ratingValue"]!);
        Assert.Equal("Claim", (string?)review["itemReviewed"]!["@type"]);
        Assert.Equal("Western <script>alert(1)</script> sources", (string?)review["itemReviewed"]!["author"]!["name"]);
        Assert.EndsWith($"/articles/{article}", (string?)review["itemReviewed"]!["appearance"]!["url"], StringComparison.Ordinal);
        Assert.Equal("Farid Factchecker", (string?)review["author"]!["name"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)review["datePublished"]);
        Assert.StartsWith($"http://localhost/articles/{article}#claim-", (string?)review["url"], StringComparison.Ordinal);

        Assert.Equal("text/html", report.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>report</b>", html, StringComparison.Ordinal);
        Assert.Contains("1 claim: 1 misleading", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/report?a=1&amp;b=2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVerdictOnWordsSinceDeleted_NeverReadsAsCurrent_InTheApiTheReportOrClaimReview()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var (article, claim) = await FlaggedAsync(editor, factChecker, "Intelligence sources");
        await CheckedAsync(factChecker, article, claim, "Verified", "Two sources agree.",
            new { url = "https://example.org/report", title = "Report", publisher = "Ministry", accessedOn = "2026-11-29", note = "" });

        (await editor.PutAsJsonAsync($"/api/articles/{article}",
            new { title = "Claims <i>API</i>", body = "North Korea deployed approximately 14,000 troops to Ukraine.\nThe site is secret.", baseRevisionNumber = 1 }))
            .EnsureSuccessStatusCode();

        var read = (await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/claims")).GetProperty("claims")[0];
        var review = JsonNode.Parse(await (await editor.GetAsync($"/api/articles/{article}/claims/claim-review")).Content.ReadAsStringAsync())!.AsArray();
        var html = await (await editor.GetAsync($"/api/articles/{article}/claims/report")).Content.ReadAsStringAsync();
        var timeline = await (await editor.GetAsync($"/api/articles/{article}/audit")).Content.ReadAsStringAsync();

        Assert.Equal("NeedsRecheck", read.GetProperty("status").GetString());
        Assert.Equal("Orphaned (words deleted)", read.GetProperty("statusLabel").GetString());
        Assert.True(read.GetProperty("isOrphaned").GetBoolean());
        Assert.Empty(review);
        Assert.Contains("Orphaned (words deleted)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Verified", html, StringComparison.Ordinal);
        Assert.Contains("its verdict (Verified) no longer stands until a fact-checker checks it again", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThroughTheApi_AnOpenClaim_KeepsTheArticleFromApproval()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var (article, _) = await FlaggedAsync(editor, factChecker, "Officials");
        (await editor.PostAsJsonAsync($"/api/articles/{article}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();

        (await factChecker.PostAsJsonAsync($"/api/articles/{article}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
        var last = await manager.PostAsJsonAsync($"/api/articles/{article}/sign-offs",
            new { transition = "approve", role = "Manager", decision = "Approve", comment = "", revisionNumber = 1 });
        var workflow = await manager.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/workflow");

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Equal("SourcingCheck", workflow.GetProperty("stage").GetString());
        var approve = workflow.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "approve");
        var gate = approve.GetProperty("gates").EnumerateArray().Single(g => g.GetProperty("gate").GetString() == "AllClaimsResolved");
        Assert.False(gate.GetProperty("passed").GetBoolean());
    }

    [Fact]
    public async Task OnAnApprovedArticle_NoNewClaimIsFlagged_UntilItIsReopened()
    {
        var editor = await SignedInAsync(DemoUsers.Editor);
        var factChecker = await SignedInAsync(DemoUsers.FactChecker);
        var manager = await SignedInAsync(DemoUsers.Manager);
        var article = (await (await editor.PostAsJsonAsync("/api/articles", new { title = "Approved", body = Body })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{article}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        foreach (var (client, role) in new[] { (factChecker, "FactChecker"), (manager, "Manager") })
        {
            (await client.PostAsJsonAsync($"/api/articles/{article}/sign-offs",
                new { transition = "approve", role, decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
        }

        var start = Body.IndexOf(ClaimServiceTests.Words, StringComparison.Ordinal);
        var flag = new { revisionNumber = 1, start, end = start + ClaimServiceTests.Words.Length, claimant = "" };
        var refused = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims", flag);
        var listed = await factChecker.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/claims");
        (await manager.PostAsJsonAsync($"/api/articles/{article}/workflow/reopen", new { reason = "A new claim to check." })).EnsureSuccessStatusCode();
        var afterReopen = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims", flag);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("reopen", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(listed.GetProperty("canFlag").GetBoolean());
        Assert.Equal(0, listed.GetProperty("claims").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, afterReopen.StatusCode);
    }
}

/// <summary><see cref="ClaimApiTests"/> on PostgreSQL.</summary>
public sealed class ClaimApiTestsOnPostgres(PostgresDatabase database) : ClaimApiTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="ClaimApiTests"/> on the embedded SQLite default.</summary>
public sealed class ClaimApiTestsOnSqlite(SqliteFolder database) : ClaimApiTests(database), IClassFixture<SqliteFolder>;
