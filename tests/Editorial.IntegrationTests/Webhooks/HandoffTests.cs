using System.Net;
using System.Text.Json;
using Editorial.Domain.Webhooks;
using Editorial.Testing;
using StandardWebhooks;

namespace Editorial.IntegrationTests.Webhooks;

/// <summary>
/// The publication handoff: the approved article served by the API and carried by the approved
/// webhook — only the approved text, never while an embargo holds it, released by the outbox when
/// the embargo ends, across a restart.
/// </summary>
public abstract class HandoffTests(ITestDatabase database)
{
    private static async Task<Guid> ArticleAsync(HttpClient editor, string title)
    {
        var created = await editor.PostAsJsonAsync("/api/articles", new { title, body = "# Budget passes\n\nThe council approved **$3.2bn**.", format = "Markdown" });
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task ApproveAsync(EditorialAppFactory app, Guid id)
    {
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
        (await (await ApiClient.ForAsync(app, DemoUsers.FactChecker)).PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "FactChecker", decision = "Approve", comment = "Checked.", revisionNumber = 1 })).EnsureSuccessStatusCode();
        (await (await ApiClient.ForAsync(app, DemoUsers.Manager)).PostAsJsonAsync($"/api/articles/{id}/sign-offs",
            new { transition = "approve", role = "Manager", decision = "Approve", comment = "", revisionNumber = 1 })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task TheApprovedArticle_IsHandedOff_ByTheApiAndTheApprovedWebhook_AndNeverAnyOtherText()
    {
        await using var app = database.App(settings: WebhookDeliveryTests.Settings);
        await using var receiver = await WebhookReceiver.StartAsync();
        var (_, secret) = await WebhookDeliveryTests.RegisterAsync(await ApiClient.ForAsync(app, DemoUsers.Admin), receiver.Url,
            events: [WebhookEventTypes.ArticleApproved]);
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var id = await ArticleAsync(editor, "Handed off");

        var draft = await editor.GetAsync($"/api/articles/{id}/approved");
        await ApproveAsync(app, id);
        var approved = await editor.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/approved");

        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Contains("not approved", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Handed off", approved.GetProperty("title").GetString());
        Assert.Equal("Markdown", approved.GetProperty("format").GetString());
        Assert.Equal("# Budget passes\n\nThe council approved **$3.2bn**.", approved.GetProperty("body").GetString());
        Assert.StartsWith("<h2>Budget passes</h2>", approved.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal("Budget passes\nThe council approved $3.2bn.", approved.GetProperty("text").GetString());
        Assert.Equal(1, approved.GetProperty("revisionNumber").GetInt32());
        Assert.Equal(["FactChecker", "Manager"], approved.GetProperty("signOffs").EnumerateArray().Select(s => s.GetProperty("role").GetString()));
        Assert.Equal("Farid Factchecker", approved.GetProperty("signOffs")[0].GetProperty("name").GetString());
        Assert.Equal("No claims flagged.", approved.GetProperty("claims").GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Array, approved.GetProperty("claimReview").ValueKind);

        var delivery = (await receiver.WaitForAsync(r => r.Any(x => x.Taken)))[0];
        new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers);
        var handoff = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("data").GetProperty("handoff");
        Assert.Equal(approved.GetProperty("contentHash").GetString(), handoff.GetProperty("contentHash").GetString());
        Assert.Equal(approved.GetProperty("body").GetString(), handoff.GetProperty("body").GetString());

        // Reopened, the text may change: it is no longer handed off.
        var manager = await ApiClient.ForAsync(app, DemoUsers.Manager);
        (await manager.PostAsJsonAsync($"/api/articles/{id}/workflow/reopen", new { reason = "A correction." })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Conflict, (await editor.GetAsync($"/api/articles/{id}/approved")).StatusCode);
    }

    [Fact]
    public async Task AnEmbargo_HoldsTheHandoff_UntilItEnds_EvenAcrossARestart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        Guid id;
        DateTime until;
        await using (var first = database.App(settings: WebhookDeliveryTests.Settings))
        {
            await WebhookDeliveryTests.RegisterAsync(await ApiClient.ForAsync(first, DemoUsers.Admin), receiver.Url, events: [WebhookEventTypes.ArticleApproved]);
            var editor = await ApiClient.ForAsync(first, DemoUsers.Editor);
            var manager = await ApiClient.ForAsync(first, DemoUsers.Manager);
            id = await ArticleAsync(editor, "Embargoed");
            until = DateTime.UtcNow.AddSeconds(8);

            var byEditor = await editor.PutAsJsonAsync($"/api/articles/{id}/embargo", new { publishAt = until });
            var inThePast = await manager.PutAsJsonAsync($"/api/articles/{id}/embargo", new { publishAt = DateTime.UtcNow.AddMinutes(-1) });
            var set = await manager.PutAsJsonAsync($"/api/articles/{id}/embargo", new { publishAt = until });
            Assert.Equal(HttpStatusCode.Forbidden, byEditor.StatusCode);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, inThePast.StatusCode);
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
            await ApproveAsync(first, id);

            var held = await editor.GetAsync($"/api/articles/{id}/approved");
            Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
            Assert.Contains("embargoed until", await held.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.NotNull(held.Headers.RetryAfter?.Date);
            var list = await editor.GetStringAsync("/api/articles?pageSize=100");
            Assert.Contains("publishAt", list, StringComparison.Ordinal);
            await Task.Delay(1000);
            Assert.Empty(receiver.Received);
        }

        // The app is down when the embargo ends; the next one releases the handoff, once.
        await Task.Delay(until - DateTime.UtcNow + TimeSpan.FromMilliseconds(500) is { TotalMilliseconds: > 0 } wait ? wait : TimeSpan.Zero);
        await using var second = database.App(settings: WebhookDeliveryTests.Settings);
        _ = second.Server;
        var got = await receiver.WaitForAsync(r => r.Any(x => x.Taken));
        var released = JsonDocument.Parse(got[0].Body).RootElement.GetProperty("data").GetProperty("handoff");
        Assert.Equal("Embargoed", released.GetProperty("title").GetString());
        Assert.True(DateTime.UtcNow >= until);
        var reader = await ApiClient.ForAsync(second, DemoUsers.Editor);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/api/articles/{id}/approved")).StatusCode);
        await Task.Delay(1000);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task LiftingTheEmbargo_ReleasesTheHandoffAtOnce_AndReopeningFirstWithdrawsIt()
    {
        await using var app = database.App(settings: WebhookDeliveryTests.Settings);
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await ApiClient.ForAsync(app, DemoUsers.Admin);
        var (endpoint, _) = await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, events: [WebhookEventTypes.ArticleApproved]);
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var manager = await ApiClient.ForAsync(app, DemoUsers.Manager);
        var lifted = await ArticleAsync(editor, "Lifted");
        var reopened = await ArticleAsync(editor, "Reopened");
        foreach (var id in new[] { lifted, reopened })
        {
            (await manager.PutAsJsonAsync($"/api/articles/{id}/embargo", new { publishAt = DateTime.UtcNow.AddHours(2) })).EnsureSuccessStatusCode();
            await ApproveAsync(app, id);
        }

        // Reopened while held, then released: the handoff it waited for is withdrawn, not sent.
        (await manager.PostAsJsonAsync($"/api/articles/{reopened}/workflow/reopen", new { reason = "Held back." })).EnsureSuccessStatusCode();
        (await manager.PutAsJsonAsync($"/api/articles/{reopened}/embargo", new { publishAt = (DateTime?)null })).EnsureSuccessStatusCode();
        (await manager.PutAsJsonAsync($"/api/articles/{lifted}/embargo", new { publishAt = (DateTime?)null })).EnsureSuccessStatusCode();

        var got = await receiver.WaitForAsync(r => r.Any(x => x.Taken));
        Assert.Equal("Lifted", JsonDocument.Parse(got[0].Body).RootElement.GetProperty("data").GetProperty("handoff").GetProperty("title").GetString());
        await Task.Delay(1500);
        Assert.Single(receiver.Received);
        var log = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/webhooks/{endpoint}/deliveries");
        var withdrawn = log.GetProperty("deliveries").EnumerateArray().Single(d => d.GetProperty("status").GetString() == "Failed");
        Assert.Contains("not approved", withdrawn.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var timeline = await editor.GetStringAsync($"/api/articles/{lifted}/audit");
        Assert.Contains("set an embargo", timeline, StringComparison.Ordinal);
        Assert.Contains("lifted the embargo", timeline, StringComparison.Ordinal);
    }
}

/// <summary><see cref="HandoffTests"/> on PostgreSQL.</summary>
public sealed class HandoffTestsOnPostgres(PostgresDatabase database) : HandoffTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="HandoffTests"/> on the embedded SQLite default.</summary>
public sealed class HandoffTestsOnSqlite(SqliteFolder database) : HandoffTests(database), IClassFixture<SqliteFolder>;
