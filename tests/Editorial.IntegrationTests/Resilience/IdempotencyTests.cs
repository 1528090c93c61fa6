using System.Net;
using System.Text;
using System.Text.Json;
using Editorial.Infrastructure.Idempotency;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>Retrying a state-changing call with its Idempotency-Key changes nothing and gets the first answer.</summary>
public abstract class IdempotencyTests(ITestDatabase database) : AppTest(database.App())
{
    private static HttpRequestMessage Post(string path, object body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add(IdempotencyPolicy.Header, key);
        }

        return request;
    }

    private Task<int> CountTitledAsync(string title) =>
        WithAsync<EditorialDbContext, int>(db => db.Articles.CountAsync(a => a.Title == title));

    [Fact]
    public async Task ARetryWithTheSameKey_GetsTheFirstAnswer_AndChangesNothing()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var body = new { title = "Idempotent story", body = "Once." };

        var first = await editor.SendAsync(Post("/api/articles", body, "create-story-1"));
        var retry = await editor.SendAsync(Post("/api/articles", body, "create-story-1"));
        var other = await editor.SendAsync(Post("/api/articles", body, "create-story-2"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.True(retry.Headers.Contains(IdempotencyPolicy.ReplayedHeader));
        Assert.False(first.Headers.Contains(IdempotencyPolicy.ReplayedHeader));
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(2, await CountTitledAsync("Idempotent story"));
    }

    [Fact]
    public async Task TheSameKey_WithAnotherRequest_Is422_AndARefusal_IsReplayedAsARefusal()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var id = (await (await editor.PostAsJsonAsync("/api/articles", new { title = "Submitted once", body = "Text." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });

        var reused = await editor.SendAsync(Post("/api/articles", new { title = "Another", body = "Text." }, "key-a"));
        var otherBody = await editor.SendAsync(Post("/api/articles", new { title = "Yet another", body = "Text." }, "key-a"));
        var refused = await editor.SendAsync(Post($"/api/articles/{id}/workflow/submit", new { }, "submit-again"));
        var refusedAgain = await editor.SendAsync(Post($"/api/articles/{id}/workflow/submit", new { }, "submit-again"));

        Assert.Equal(HttpStatusCode.Created, reused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherBody.StatusCode);
        Assert.Contains("already used for a different request", await otherBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountTitledAsync("Yet another"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refusedAgain.StatusCode);
        Assert.Equal(await refused.Content.ReadAsStringAsync(), await refusedAgain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARequestWhoseChangeCommittedButWhoseAnswerWasLost_IsToldItWasApplied_NotAppliedTwice()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var userId = (await App.PrincipalOfAsync(DemoUsers.Editor)).RequireUserId();
        var body = new { title = "Lost answer", body = "Saved before the crash." };
        // As the save path leaves it when the process stops between the commit and the answer.
        await WithAsync<EditorialDbContext>(async db =>
        {
            db.IdempotentRequests.Add(new IdempotentRequest(userId, "lost-1", IdempotencyPolicy.RequestHash("POST", "/api/articles",
                Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body, JsonSerializerOptions.Web))), DateTime.UtcNow));
            await db.SaveChangesAsync();
            await db.IdempotentRequests.Where(r => r.Key == "lost-1").ExecuteUpdateAsync(s => s.SetProperty(r => r.Committed, true));
        });

        var retry = await editor.SendAsync(Post("/api/articles", body, "lost-1"));

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Contains("Your change was applied.", await retry.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountTitledAsync("Lost answer"));
    }

    [Fact]
    public async Task TheSaveMarksItsRequestCommitted_InItsOwnTransaction()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);

        await editor.SendAsync(Post("/api/articles", new { title = "Marked", body = "Text." }, "marked-1"));

        var kept = await WithAsync<EditorialDbContext, IdempotentRequest>(db => db.IdempotentRequests.SingleAsync(r => r.Key == "marked-1"));
        Assert.True(kept.Committed);
        Assert.Equal(201, kept.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("\u202Ebidi")]
    public async Task AnUnusableKey_Is400(string key)
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var request = Post("/api/articles", new { title = "Bad key", body = "Text." }, null);
        request.Headers.TryAddWithoutValidation(IdempotencyPolicy.Header, key.Length == 0 ? new string('k', IdempotencyPolicy.MaxKeyLength + 1) : key);

        var answer = await editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Equal(0, await CountTitledAsync("Bad key"));
    }
}

/// <summary><see cref="IdempotencyTests"/> on PostgreSQL.</summary>
public sealed class IdempotencyTestsOnPostgres(PostgresDatabase database) : IdempotencyTests(database), IClassFixture<PostgresDatabase>;

/// <summary><see cref="IdempotencyTests"/> on the embedded SQLite default.</summary>
public sealed class IdempotencyTestsOnSqlite(SqliteFolder database) : IdempotencyTests(database), IClassFixture<SqliteFolder>;
