using System.Text.Json;
using Editorial.Domain.Webhooks;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Webhooks;

/// <summary>
/// The outbox under restarts and several instances: a delivery being retried when the app stops is
/// sent by the app that starts next, once; two instances working one database send each delivery once.
/// </summary>
public abstract class WebhookOutboxTests(ITestDatabase database)
{
    [Fact]
    public async Task AnAppRestartedMidRetry_DeliversWhatWasPending_OnceAndInOrder()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var healthy = false;
        receiver.Answer = _ => new ReceiverAnswer(healthy ? 200 : 503);
        string webhookId;
        await using (var first = database.App(settings: WebhookDeliveryTests.Settings))
        {
            var admin = await ApiClient.ForAsync(first, DemoUsers.Admin);
            await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, events: [WebhookEventTypes.ArticleCreated, WebhookEventTypes.ArticleSubmitted]);
            var editor = await ApiClient.ForAsync(first, DemoUsers.Editor);
            var created = await editor.PostAsJsonAsync("/api/articles", new { title = "Restarted", body = "Words." });
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            (await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { reason = "" })).EnsureSuccessStatusCode();
            webhookId = (await receiver.WaitForAsync(r => r.Count >= 2))[0].WebhookId;
        }

        // The app is down; the receiver mends; another app starts on the same database.
        healthy = true;
        var before = receiver.Received.Count;
        await using var second = database.App(settings: WebhookDeliveryTests.Settings);
        _ = second.Server;

        var got = await receiver.WaitForAsync(r => r.Count(x => x.Taken) >= 2);
        await Task.Delay(1500);
        got = receiver.Received;
        Assert.Equal(1, got.Count(r => r.Taken && r.WebhookId == webhookId));
        Assert.Equal(2, got.Count(r => r.Taken));
        Assert.Equal(["article.created", "article.submitted"], got.Where(r => r.Taken).Select(WebhookDeliveryTests.TypeOf));
        Assert.All(got.Take(before), r => Assert.Equal(webhookId, r.WebhookId));
    }

    [Fact]
    public async Task TwoInstancesOnOneDatabase_SendEachDeliveryOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = _ => new ReceiverAnswer(200, Delay: TimeSpan.FromMilliseconds(20));
        await using var one = database.App(settings: WebhookDeliveryTests.Settings);
        await using var two = database.App(settings: WebhookDeliveryTests.Settings);
        _ = one.Server;
        _ = two.Server;
        var admin = await ApiClient.ForAsync(one, DemoUsers.Admin);
        await WebhookDeliveryTests.RegisterAsync(admin, receiver.Url, events: [WebhookEventTypes.ArticleCreated]);
        var editors = new[] { await ApiClient.ForAsync(one, DemoUsers.Editor), await ApiClient.ForAsync(two, DemoUsers.Editor) };

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            editors[i % 2].PostAsJsonAsync("/api/articles", new { title = $"Story {i}", body = "Words." })));

        await receiver.WaitForAsync(r => r.Count >= 20);
        await Task.Delay(1500);
        var ids = receiver.Received.Select(r => r.WebhookId).ToList();
        Assert.Equal(20, ids.Count);
        Assert.Equal(20, ids.Distinct().Count());
    }
}

/// <summary><see cref="WebhookOutboxTests"/> on PostgreSQL.</summary>
public sealed class WebhookOutboxTestsOnPostgres(PostgresDatabase database) : WebhookOutboxTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="WebhookOutboxTests"/> on the embedded SQLite default.</summary>
public sealed class WebhookOutboxTestsOnSqlite(SqliteFolder database) : WebhookOutboxTests(database), IClassFixture<SqliteFolder>;
