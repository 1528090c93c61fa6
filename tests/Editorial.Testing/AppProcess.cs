using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Editorial.Testing;

/// <summary>
/// A built program — the app or the reverse proxy — run as its own process on a loopback port, as it
/// runs in production: stopped with SIGTERM (what docker compose stop and a rolling restart send) or
/// killed. Its output is kept for the failure message of a test.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _process.OutputDataReceived += (_, line) => Keep(line.Data);
        _process.ErrorDataReceived += (_, line) => Keep(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl { get; }

    /// <summary>Its process id.</summary>
    public int Id => _process.Id;

    /// <summary>Its exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>The last lines it wrote (for a failure message).</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>
    /// The app (src/Editorial.Web, as built for the tests) on <paramref name="port"/>, run from its
    /// project folder (its settings and static files), with <paramref name="environment"/> on top.
    /// </summary>
    public static AppProcess StartApp(int port, IReadOnlyDictionary<string, string> environment) =>
        Start(typeof(Program).Assembly.Location, "Editorial.Web", port, environment);

    /// <summary>The reverse proxy (src/Editorial.Proxy) on <paramref name="port"/>.</summary>
    public static AppProcess StartProxy(int port, IReadOnlyDictionary<string, string> environment) =>
        Start(typeof(Editorial.Proxy.InstanceHeader).Assembly.Location, "Editorial.Proxy", port, environment);

    private static AppProcess Start(string assembly, string projectFolder, int port, IReadOnlyDictionary<string, string> environment)
    {
        var project = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", projectFolder));
        var start = new ProcessStartInfo("dotnet", [assembly])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var baseUrl = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        start.Environment["ASPNETCORE_URLS"] = baseUrl;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new AppProcess(Process.Start(start)!, baseUrl);
    }

    /// <summary>Waits until <paramref name="path"/> answers 2xx (two minutes at most: a cold start on two cores).</summary>
    public async Task WaitUntilReadyAsync(string path = "/health/ready")
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The process exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync(BaseUrl + path)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{BaseUrl} did not become ready:\n{Output}");
    }

    /// <summary>Sends SIGTERM, as an orchestrator does, without waiting.</summary>
    public void SendStop()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
    }

    /// <summary>Sends SIGTERM and waits (40 s at most) until the process has exited.</summary>
    public async Task StopAsync()
    {
        SendStop();
        await WaitForExitAsync();
    }

    /// <summary>Waits (40 s at most) until the process has exited.</summary>
    public async Task WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        await _process.WaitForExitAsync(timeout.Token);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 2000)
        {
            _output.TryDequeue(out _);
        }
    }
}
