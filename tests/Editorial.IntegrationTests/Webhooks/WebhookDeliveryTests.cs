using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Editorial.Domain.Webhooks;
using Editorial.Testing;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Editorial.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks from the real app to a real HTTP receiver on this machine: every step of a review
/// delivered in order and signed (checked by two implementations that are not ours), a failing
/// receiver retried with the log showing each attempt, slow and huge answers, refused addresses, a
/// replay, and who may manage endpoints.
/// </summary>
public abstract class WebhookDeliveryTests(ITestDatabase database) : AppTest(database.App(settings: Settings))
{
    internal static readonly Dictionary<string, string?> Settings = new()
    {
        // The receiver is on this machine: an administrator allows it, as a newsroom allows an in-house CMS.
        ["Webhooks:AllowedPrivateHosts:0"] = "127.0.0.1",
        ["Webhooks:Timeout"] = "00:00:01.500",
        ["Outbox:PollInterval"] = "00:00:00.200",
        ["Outbox:FirstRetryDelay"] = "00:00:00.300",
        ["Outbox:Lease"] = "00:00:05",
    };

    internal static readonly string[] EveryEvent = WebhookEventTypes.All.Select(t => t.Type).ToArray();

    internal static async Task<(Guid Id, string Secret)> RegisterAsync(HttpClient admin, string url, string format = "Standard", string[]? events = null)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/webhooks", new { name = "CMS handoff", url, format, events = events ?? EveryEvent });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("endpoint").GetProperty("id").GetGuid(), created.GetProperty("secret").GetString()!);
    }

    internal static async Task<Guid> ApprovedArticleAsync(EditorialAppFactory app, string title = "Budget passes")
    {
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var factChecker = await ApiClient.ForAsync(app, DemoUsers.FactChecker);
        var manager = await ApiClient.ForAsync(app, DemoUsers.Manager);
        var created = await editor.PostAsJsonAsync("/api/articles", new { title, body = "The council approved the budget." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
        (await manager.PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "Manager", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
        return id;
    }

    internal static string TypeOf(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("type").GetString()!;

    [Fact]
    public async Task EveryStepOfAReview_IsDeliveredInOrder_SignedAsStandardWebhooksSays()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (endpoint, secret) = await RegisterAsync(admin, receiver.Url);

        var article = await ApprovedArticleAsync(App);

        var got = await receiver.WaitForAsync(r => r.Count(x => x.Taken) >= 5);
        Assert.Equal(["article.created", "article.submitted", "article.signed_off", "article.signed_off", "article.approved"], got.Select(TypeOf));
        Assert.Equal(5, got.Select(r => r.WebhookId).Distinct().Count());
        foreach (var delivery in got)
        {
            // An implementation of the convention that is not ours accepts every signature…
            new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
        }

        // …and refuses a body changed on the way, or another secret.
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(secret).Verify(got[0].Body.Replace("Budget", "Budgex", StringComparison.Ordinal), got[0].Headers));
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook(WebhookSignature.NewSecret()).Verify(got[0].Body, got[0].Headers));
        // The README's Node.js snippet, run as a receiver would run it.
        Assert.Equal("article.approved", await VerifyWithNodeAsync(secret, got[^1]));

        var approved = JsonDocument.Parse(got[^1].Body).RootElement.GetProperty("data");
        Assert.Equal(article, approved.GetProperty("article").GetProperty("id").GetGuid());
        Assert.Equal("Approved", approved.GetProperty("article").GetProperty("stage").GetString());
        Assert.Equal("approve", approved.GetProperty("event").GetProperty("transition").GetString());
        var signedOff = JsonDocument.Parse(got[2].Body).RootElement.GetProperty("data");
        Assert.Equal("Farid Factchecker", signedOff.GetProperty("actor").GetProperty("name").GetString());

        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/webhooks/{endpoint}/deliveries");
        var deliveries = log.GetProperty("deliveries").EnumerateArray().ToList();
        Assert.Equal(5, deliveries.Count);
        Assert.All(deliveries, d =>
        {
            Assert.Equal("Delivered", d.GetProperty("status").GetString());
            Assert.Equal(204, Assert.Single(d.GetProperty("attempts").EnumerateArray()).GetProperty("statusCode").GetInt32());
        });
    }

    [Fact]
    public async Task AReopening_Comments_AClaimsStatus_AndAnInvalidatedSignOff_AreDelivered_WithLinksToTheExactPlace()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (_, secret) = await RegisterAsync(admin, receiver.Url, events:
            [WebhookEventTypes.ArticleReopened, WebhookEventTypes.CommentAdded, WebhookEventTypes.CommentResolved,
                WebhookEventTypes.ClaimStatusChanged, WebhookEventTypes.SignOffInvalidated]);
        var (editor, factChecker, manager) = (await ApiClient.ForAsync(App, DemoUsers.Editor), await ApiClient.ForAsync(App, DemoUsers.FactChecker),
            await ApiClient.ForAsync(App, DemoUsers.Manager));
        var article = await ApprovedArticleAsync(App, "Reopened budget");

        (await manager.PostAsJsonAsync($"/api/articles/{article}/workflow/reopen", new { reason = "New figures." })).EnsureSuccessStatusCode();
        var started = await editor.PostAsJsonAsync($"/api/articles/{article}/annotations", new { revisionNumber = 1, start = 4, end = 11, text = "Which council?" });
        var thread = (await started.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsync($"/api/articles/{article}/annotations/{thread}/resolve", null)).EnsureSuccessStatusCode();
        var flagged = await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims", new { revisionNumber = 1, start = 12, end = 20, claimant = "" });
        var claim = (await flagged.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var version = (await factChecker.GetFromJsonAsync<JsonElement>($"/api/articles/{article}/claims")).GetProperty("claims")[0].GetProperty("version").GetInt32();
        (await factChecker.PostAsJsonAsync($"/api/articles/{article}/claims/{claim}/status", new { status = "InProgress", verdict = "Calling the clerk.", version }))
            .EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync($"/api/articles/{article}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await factChecker.PostAsJsonAsync($"/api/articles/{article}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
        (await editor.PutAsJsonAsync($"/api/articles/{article}", new { title = "Reopened budget", body = "The council approved the new budget.", baseRevisionNumber = 1 }))
            .EnsureSuccessStatusCode();

        var got = await receiver.WaitForAsync(r => r.Count(x => x.Taken) >= 5);
        Assert.Equal(["article.reopened", "comment.added", "comment.resolved", "claim.status_changed", "article.sign_off_invalidated"], got.Select(TypeOf));
        Assert.All(got, d => new StandardWebhook(secret).Verify(d.Body, d.Headers));
        var data = got.Select(d => JsonDocument.Parse(d.Body).RootElement.GetProperty("data")).ToList();
        Assert.Equal("New figures.", data[0].GetProperty("event").GetProperty("reason").GetString());
        Assert.Equal("Which council?", data[1].GetProperty("event").GetProperty("text").GetString());
        Assert.EndsWith($"/articles/{article}?thread={thread}", data[1].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.EndsWith($"/articles/{article}?thread={thread}", data[2].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Unchecked", "InProgress"), (data[3].GetProperty("event").GetProperty("from").GetString(), data[3].GetProperty("event").GetProperty("to").GetString()));
        Assert.EndsWith($"/articles/{article}?claim={claim}", data[3].GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal("FactChecker", data[4].GetProperty("event").GetProperty("role").GetString());
        Assert.Equal(2, data[4].GetProperty("article").GetProperty("revisionNumber").GetInt32());
    }

    [Fact]
    public async Task AFailingReceiver_IsRetried_LaterEventsWaitTheirTurn_AndTheLogShowsEveryAttempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = n => new ReceiverAnswer(n <= 2 ? 500 : 200);
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (endpoint, _) = await RegisterAsync(admin, receiver.Url, events: [WebhookEventTypes.ArticleCreated, WebhookEventTypes.ArticleSubmitted]);
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var created = await editor.PostAsJsonAsync("/api/articles", new { title = "Retried", body = "Words." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();

        var got = await receiver.WaitForAsync(r => r.Count(x => x.Taken) >= 2);

        // The creation was refused twice and taken the third time; the submission waited for it.
        Assert.Equal(["article.created", "article.created", "article.created", "article.submitted"], got.Select(TypeOf));
        Assert.Single(got.Select(r => r.WebhookId).Take(3).Distinct());
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/webhooks/{endpoint}/deliveries");
        var first = log.GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("eventType").GetString() == "article.created");
        var attempts = first.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal([500, 500, 200], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal([false, false, true], attempts.Select(a => a.GetProperty("succeeded").GetBoolean()));
        Assert.Equal("The receiver answered HTTP 500.", attempts[0].GetProperty("error").GetString());
        // Doubling pauses: the second retry came at least twice the first pause after the first.
        var at = attempts.Select(a => a.GetProperty("at").GetDateTime()).ToList();
        Assert.True(at[2] - at[1] >= TimeSpan.FromMilliseconds(550), $"{at[1]:O} → {at[2]:O}");
    }

    [Fact]
    public async Task ASlowReceiver_TimesOut_AHugeAnswerIsCut_AndNeitherHoldsUpTheRest()
    {
        await using var slow = await WebhookReceiver.StartAsync();
        slow.Answer = n => n == 1 ? new ReceiverAnswer(200, Delay: TimeSpan.FromSeconds(5)) : new ReceiverAnswer(204);
        await using var huge = await WebhookReceiver.StartAsync();
        huge.Answer = _ => new ReceiverAnswer(200, BodyBytes: 50L * 1024 * 1024);
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (slowId, _) = await RegisterAsync(admin, slow.Url, events: [WebhookEventTypes.ArticleCreated]);
        var (hugeId, _) = await RegisterAsync(admin, huge.Url, events: [WebhookEventTypes.ArticleCreated]);
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        (await editor.PostAsJsonAsync("/api/articles", new { title = "Slow and huge", body = "Words." })).EnsureSuccessStatusCode();

        await slow.WaitForAsync(r => r.Count(x => x.Taken) >= 2, seconds: 20);
        await huge.WaitForAsync(r => r.Count >= 1);

        var slowLog = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/webhooks/{slowId}/deliveries");
        var slowAttempts = slowLog.GetProperty("deliveries")[0].GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal("No answer within 1.5 s.", slowAttempts[0].GetProperty("error").GetString());
        Assert.True(slowAttempts[0].GetProperty("durationMs").GetInt32() < 4000);
        Assert.Equal(204, slowAttempts[^1].GetProperty("statusCode").GetInt32());
        var hugeLog = await WaitForLogAsync(admin, hugeId, d => d.GetProperty("status").GetString() == "Delivered");
        var hugeAttempt = Assert.Single(hugeLog.GetProperty("attempts").EnumerateArray());
        Assert.Equal(2000, hugeAttempt.GetProperty("response").GetString()!.Length);
    }

    [Fact]
    public async Task AChatChannel_GetsAReadableSentence_WithWhatUsersWroteEscaped()
    {
        await using var slack = await WebhookReceiver.StartAsync();
        await using var teams = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        await RegisterAsync(admin, slack.Url, format: "Slack", events: [WebhookEventTypes.ArticleCreated]);
        await RegisterAsync(admin, teams.Url, format: "Teams", events: [WebhookEventTypes.ArticleCreated]);
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        (await editor.PostAsJsonAsync("/api/articles", new { title = "Roads <!channel> & [rates](https://evil.example) *now*", body = "Words." }))
            .EnsureSuccessStatusCode();

        var message = JsonDocument.Parse((await slack.WaitForAsync(r => r.Any(x => x.Taken)))[0].Body).RootElement;
        var text = message.GetProperty("text").GetString()!;
        Assert.StartsWith("Erin Editor created “Roads &lt;!channel&gt; &amp; [rates](https://evil.example) *now*”.", text, StringComparison.Ordinal);
        Assert.Matches("<[^|>]*/articles/[0-9a-f-]{36}\\|Open in Editorial>$", text);

        // Teams: an Adaptive Card whose text makes no link or emphasis of what the user wrote; the link is its button.
        var card = JsonDocument.Parse((await teams.WaitForAsync(r => r.Any(x => x.Taken)))[0].Body).RootElement;
        Assert.Equal("message", card.GetProperty("type").GetString());
        var attachment = card.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var content = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", content.GetProperty("type").GetString());
        Assert.Equal("Erin Editor created “Roads \\<\\!channel\\> & \\[rates\\]\\(https://evil.example\\) \\*now\\*”.",
            content.GetProperty("body")[0].GetProperty("text").GetString());
        var button = content.GetProperty("actions")[0];
        Assert.Equal(("Action.OpenUrl", "Open in Editorial"), (button.GetProperty("type").GetString(), button.GetProperty("title").GetString()));
        Assert.Matches("/articles/[0-9a-f-]{36}$", button.GetProperty("url").GetString());
    }

    [Fact]
    public async Task AnUnreachableReceiver_IsRecordedAndRetried()
    {
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (endpoint, _) = await RegisterAsync(admin, $"http://127.0.0.1:{LoopbackPort.Free()}/hook", events: [WebhookEventTypes.ArticleCreated]);
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        (await editor.PostAsJsonAsync("/api/articles", new { title = "Nobody listens", body = "Words." })).EnsureSuccessStatusCode();

        var delivery = await WaitForLogAsync(admin, endpoint, d => d.GetProperty("attempts").GetArrayLength() >= 2);

        Assert.Equal("Pending", delivery.GetProperty("status").GetString());
        Assert.All(delivery.GetProperty("attempts").EnumerateArray(), a =>
        {
            Assert.Equal(JsonValueKind.Null, a.GetProperty("statusCode").ValueKind);
            Assert.StartsWith("Could not reach the receiver", a.GetProperty("error").GetString(), StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("http://10.0.0.8/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://192.168.1.20/hook")]
    [InlineData("ftp://cms.example.org/hook")]
    [InlineData("https://user:pass@cms.example.org/hook")]
    [InlineData("javascript:alert(1)")]
    public async Task AnEndpointOnAPrivateNetworkOrNotHttp_IsRefused_WithTheReason(string url)
    {
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);

        var response = await admin.PostAsJsonAsync("/api/admin/webhooks", new { name = "Internal", url, format = "Standard", events = EveryEvent });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Matches("private network|starts with https|user name or password", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/admin/webhooks")).EnumerateArray(),
            e => e.GetProperty("url").GetString() == url);
    }

    [Fact]
    public async Task OnlyAdministrators_ManageEndpoints_AndReadTheLog()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (endpoint, _) = await RegisterAsync(admin, receiver.Url);
        var manager = await ApiClient.ForAsync(App, DemoUsers.Manager);
        var anonymous = App.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/admin/webhooks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/admin/webhooks",
            new { name = "Mine", url = receiver.Url, format = "Standard", events = EveryEvent })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/api/admin/webhooks/{endpoint}/deliveries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/admin/webhooks/{endpoint}/secret", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/webhooks")).StatusCode);
        // The secret is never read back, only shown when made.
        Assert.DoesNotContain("whsec_", await admin.GetStringAsync($"/api/admin/webhooks/{endpoint}"), StringComparison.Ordinal);
        Assert.DoesNotContain("whsec_", await admin.GetStringAsync("/api/admin/webhooks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReplay_SendsTheSameDeliveryAgain_AndANewSecretSignsFromThenOn()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(App, DemoUsers.Admin);
        var (endpoint, _) = await RegisterAsync(admin, receiver.Url, events: [WebhookEventTypes.ArticleCreated]);
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        (await editor.PostAsJsonAsync("/api/articles", new { title = "Replayed", body = "Words." })).EnsureSuccessStatusCode();
        var first = (await receiver.WaitForAsync(r => r.Count >= 1))[0];
        var delivery = await WaitForLogAsync(admin, endpoint, d => d.GetProperty("status").GetString() == "Delivered");

        var rotated = await (await admin.PostAsync($"/api/admin/webhooks/{endpoint}/secret", null)).Content.ReadFromJsonAsync<JsonElement>();
        var replay = await admin.PostAsync($"/api/admin/webhooks/{endpoint}/deliveries/{delivery.GetProperty("id").GetGuid()}/replay", null);

        Assert.Equal(HttpStatusCode.NoContent, replay.StatusCode);
        var again = (await receiver.WaitForAsync(r => r.Count >= 2))[1];
        Assert.Equal(first.WebhookId, again.WebhookId);
        Assert.Equal(first.Body, again.Body);
        new StandardWebhook(rotated.GetProperty("secret").GetString()!).Verify(again.Body, again.Headers);
        var securityLog = await admin.GetStringAsync("/api/admin/security-log");
        Assert.Contains("WebhookReplayed", securityLog, StringComparison.Ordinal);
        Assert.Contains("WebhookSecretRotated", securityLog, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForLogAsync(HttpClient admin, Guid endpoint, Func<JsonElement, bool> done)
    {
        for (var i = 0; i < 200; i++)
        {
            var log = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/webhooks/{endpoint}/deliveries");
            if (log.GetProperty("deliveries").EnumerateArray().FirstOrDefault(done) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The delivery log never showed what the test waited for.");
    }

    private static async Task<string> VerifyWithNodeAsync(string secret, ReceivedRequest delivery)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Editorial.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Not inside the repository.");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(root, "docs", "webhooks", "verify.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(new
        {
            secret,
            headers = delivery.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
            body = delivery.Body,
        }));
        node.StandardInput.Close();
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());
        return output.Trim();
    }
}

/// <summary><see cref="WebhookDeliveryTests"/> on PostgreSQL.</summary>
public sealed class WebhookDeliveryTestsOnPostgres(PostgresDatabase database) : WebhookDeliveryTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="WebhookDeliveryTests"/> on the embedded SQLite default.</summary>
public sealed class WebhookDeliveryTestsOnSqlite(SqliteFolder database) : WebhookDeliveryTests(database), IClassFixture<SqliteFolder>;
