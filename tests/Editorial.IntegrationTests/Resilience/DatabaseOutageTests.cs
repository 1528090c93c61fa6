using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// The app against a PostgreSQL server of its own that the test stops and starts: while the database
/// is down every answer is a clear, retryable 503; after a restart the very first request succeeds
/// (the dead pooled connections are dropped and the read retried). PostgreSQL only: it is about a
/// database server going away.
/// </summary>
public sealed class DatabaseOutageTests(RestartablePostgresServer server) : IClassFixture<RestartablePostgresServer>
{
    [Fact]
    public async Task WhileTheDatabaseIsDown_EveryAnswerIsARetryable503_AndAfterARestart_TheFirstRequestSucceeds()
    {
        var database = PostgresDatabase.On(server.Server);
        await using var app = database.App();
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        (await editor.GetAsync("/api/articles")).EnsureSuccessStatusCode();

        await server.StopAsync();
        var read = await editor.GetAsync("/api/articles");
        var write = await editor.PostAsJsonAsync("/api/articles", new { title = "During the outage", body = "Not saved." });
        var ready = await app.CreateClient().GetAsync("/health/ready");
        var signIn = await BrowserlessClient.Create(app).SignInAsync(DemoUsers.Manager, DemoUsers.Password);
        await server.StartAsync();
        var first = await editor.GetAsync("/api/articles");

        foreach (var answer in new[] { read, write })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            Assert.Equal(TimeSpan.FromSeconds(5), answer.Headers.RetryAfter?.Delta);
            var problem = await answer.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("The newsroom database is not reachable.", problem.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        // A page that needed the database (signing in) gets the error page, which renders without it.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Contains("The newsroom database is not reachable", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var articles = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.DoesNotContain(articles.GetProperty("items").EnumerateArray(), a => a.GetProperty("title").GetString() == "During the outage");
    }
}
