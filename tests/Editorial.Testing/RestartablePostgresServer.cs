using System.Diagnostics;
using Xunit;

namespace Editorial.Testing;

/// <summary>
/// A PostgreSQL server of a test class's own, which the test may stop and start (an outage, a
/// restart) without disturbing the shared server of <c>tests/run.sh</c>. It runs from a throwaway
/// folder on a free loopback port, and is removed when the class is done. The binaries are those the
/// test script found (<see cref="BinVariable"/>) or the newest under <c>/usr/lib/postgresql</c>.
/// </summary>
public sealed class RestartablePostgresServer : IAsyncLifetime
{
    /// <summary>Environment variable naming the folder of PostgreSQL's server binaries.</summary>
    public const string BinVariable = "EDITORIAL_TEST_PG_BIN";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"editorial-pg-{Guid.NewGuid():N}");

    /// <summary>The folder of PostgreSQL's programs (pg_ctl, pg_dump, …) the tests use.</summary>
    public static string BinFolder => Environment.GetEnvironmentVariable(BinVariable) is { Length: > 0 } bin ? bin
        : Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0).Last() + "/bin";

    /// <summary>The loopback port it listens on.</summary>
    public int Port { get; } = LoopbackPort.Free();

    private readonly string _bin = BinFolder;

    /// <summary>Its connection string without a database (for <see cref="PostgresDatabase.On"/>).</summary>
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres;Include Error Detail=true;Timeout=5";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        if (IsRoot)
        {
            await RunAsync("chown", "postgres", _folder);
        }

        await RunAsPostgresAsync($"{_bin}/initdb", "-D", $"{_folder}/data", "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync");
        await StartAsync();
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public Task StartAsync() => RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_folder}/data", "-w", "-l", $"{_folder}/server.log",
        "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100", "start");

    /// <summary>Stops the server the way an operator's restart does: connections are closed, the port goes quiet.</summary>
    public Task StopAsync() => RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_folder}/data", "-w", "-m", "fast", "stop");

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsPostgresAsync($"{_bin}/pg_ctl", "-D", $"{_folder}/data", "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static Task RunAsPostgresAsync(string program, params string[] arguments) =>
        IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {await errors}{await output}");
        }
    }
}
