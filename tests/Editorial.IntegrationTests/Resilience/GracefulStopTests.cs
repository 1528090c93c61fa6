using System.Diagnostics;
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
        using var app = Start();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(40) };
        await WaitUntilReadyAsync(client);
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
        Process.Start("kill", ["-TERM", app.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        var results = await Task.WhenAll(writers);
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await app.WaitForExitAsync(exit.Token);

        Assert.Equal(0, app.ExitCode);
        Assert.True(answeredAfterStop > 0, "no save was in flight when the stop began");
        using var restarted = Start();
        await WaitUntilReadyAsync(client);
        foreach (var (id, saved) in results)
        {
            var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            Assert.Equal(saved + 1, article.GetProperty("revisionNumber").GetInt32());
        }

        Process.Start("kill", ["-TERM", restarted.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        await restarted.WaitForExitAsync(exit.Token);
    }

    // The built app, run from its project folder (its settings and static files) on its own data folder.
    private Process Start()
    {
        var web = typeof(Program).Assembly.Location;
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Editorial.Web"));
        var start = new ProcessStartInfo("dotnet", [web]) { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{_port}";
        start.Environment["Database__DataFolder"] = _data;
        start.Environment["SignInLimits__PerAddressPerMinute"] = "100000";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The app did not start.");
    }
}
