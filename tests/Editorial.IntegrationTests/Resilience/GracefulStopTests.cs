using System.Net;
using System.Text.Json;
using Editorial.Testing;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// The app as its own process, stopped with SIGTERM (what docker compose stop and a rolling restart
/// send) while writers save: saves in flight finish and are answered, every save answered 200 is there
/// after a restart, and the process exits cleanly. On the embedded default, which needs no server.
/// </summary>
public sealed class GracefulStopTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"editorial-stop-{Guid.NewGuid():N}");
    private readonly int _port = LoopbackPort.Free();

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task OnSigterm_SavesInFlightFinish_EveryAnsweredSaveIsKept_AndTheProcessExitsCleanly()
    {
        await using var app = Start();
        await app.WaitUntilReadyAsync();
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(40) };
        var token = (await (await client.PostAsJsonAsync("/api/auth/token", new { email = DemoUsers.Editor, password = DemoUsers.Password }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var articles = await Task.WhenAll(Enumerable.Range(0, 16).Select(async i =>
            (await (await client.PostAsJsonAsync("/api/articles", new { title = $"Stopping {i}", body = "Revision 1." }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));

        var stopSent = DateTime.MaxValue;
        var answeredAfterStop = 0;
        var writers = articles.Select(async id =>
        {
            var saved = 0;
            for (var n = 0; n < 200; n++)
            {
                try
                {
                    var answer = await client.PutAsJsonAsync($"/api/articles/{id}", new { title = "Stopping", body = $"Save {n}.", baseRevisionNumber = n + 1 });
                    if (answer.StatusCode != HttpStatusCode.OK)
                    {
                        break;
                    }

                    saved++;
                    if (DateTime.UtcNow > stopSent)
                    {
                        Interlocked.Increment(ref answeredAfterStop);
                    }
                }
                catch (HttpRequestException)
                {
                    break;
                }
            }

            return (id, saved);
        }).ToList();
        await Task.Delay(1500);
        stopSent = DateTime.UtcNow;
        app.SendStop();
        var results = await Task.WhenAll(writers);
        await app.WaitForExitAsync();

        Assert.Equal(0, app.ExitCode);
        Assert.True(answeredAfterStop > 0, "no save was in flight when the stop began");
        await using var restarted = Start();
        await restarted.WaitUntilReadyAsync();
        foreach (var (id, saved) in results)
        {
            var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            Assert.Equal(saved + 1, article.GetProperty("revisionNumber").GetInt32());
        }

        await restarted.StopAsync();
    }

    // The built app on its own data folder.
    private AppProcess Start() => AppProcess.StartApp(_port, new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Database__DataFolder"] = _data,
        ["SignInLimits__PerAddressPerMinute"] = "100000",
    });
}
