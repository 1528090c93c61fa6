using System.Diagnostics;
using System.Text.Json;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Backup;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Editorial.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// Backups that restore: a backup taken while the app runs, restored into a fresh database, holds
/// every article with its revision hashes and audit log intact. SQLite through the online backup API;
/// PostgreSQL through pg_dump and pg_restore.
/// </summary>
public sealed class BackupRestoreTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly PostgresDatabase _source;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"editorial-backup-{Guid.NewGuid():N}");

    public BackupRestoreTests(PostgresDatabase source)
    {
        _source = source;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Some history to restore: articles with edits, a submission, a comment.
    private static async Task<int> WriteHistoryAsync(EditorialAppFactory app)
    {
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        for (var i = 0; i < 3; i++)
        {
            var id = (await (await editor.PostAsJsonAsync("/api/articles", new { title = $"Backed up {i}", body = "First words." }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            await editor.PutAsJsonAsync($"/api/articles/{id}", new { title = $"Backed up {i}", body = "First words, edited.", baseRevisionNumber = 1 });
            await editor.PostAsJsonAsync($"/api/articles/{id}/annotations", new { revisionNumber = 2, start = 0, end = 5, text = "Check this." });
            await editor.PostAsJsonAsync($"/api/articles/{id}/workflow/submit", new { });
        }

        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EditorialDbContext>().Articles.CountAsync();
    }

    private static async Task<IntegrityReport> CheckAsync(EditorialAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await IntegrityCheck.RunAsync(scope.ServiceProvider.GetRequiredService<EditorialDbContext>(),
            scope.ServiceProvider.GetRequiredService<AuditKeyring>(), CancellationToken.None);
    }

    [Fact]
    public async Task TheEmbeddedDatabase_BackedUpWhileRunning_RestoresIntact()
    {
        var live = Path.Combine(_folder, "live");
        var restored = Path.Combine(_folder, "restored");
        await using var app = EditorialAppFactory.OnSqlite(live);
        var articles = await WriteHistoryAsync(app);

        // The backup is the database file and the audit keys beside it.
        Directory.CreateDirectory(restored);
        SqliteBackup.Run(app.Services.GetRequiredService<DatabaseSettings>().ConnectionString, Path.Combine(restored, "editorial.db"));
        CopyFolder(Path.Combine(live, AuditOptions.EmbeddedKeyFolderName), Path.Combine(restored, AuditOptions.EmbeddedKeyFolderName));
        await using var fresh = EditorialAppFactory.OnSqlite(restored);
        var report = await CheckAsync(fresh);

        Assert.True(report.IsIntact, string.Join("\n", report.Problems));
        Assert.Equal(articles, report.Articles);
        Assert.True(report.Revisions >= 2 * 3 && report.AuditEntries > 3 * 4);
        Assert.Throws<IOException>(() => SqliteBackup.Run(app.Services.GetRequiredService<DatabaseSettings>().ConnectionString,
            Path.Combine(restored, "editorial.db")));
    }

    [Fact]
    public async Task PostgreSQL_DumpedAndRestoredIntoAFreshDatabase_VerifiesIntact_FromTheCommandLine()
    {
        await using var app = _source.App();
        var articles = await WriteHistoryAsync(app);
        var dump = Path.Combine(_folder, "editorial.dump");
        var target = PostgresDatabase.On(new NpgsqlConnectionStringBuilder(_source.ConnectionString) { Database = null }.ConnectionString);
        try
        {
            await RunAsync("pg_dump", "--format=custom", $"--file={dump}", $"--dbname={Libpq(_source.ConnectionString)}");
            await CreateDatabaseAsync(target);
            await RunAsync("pg_restore", "--no-owner", $"--dbname={Libpq(target.ConnectionString)}", dump);
            var output = new StringWriter();

            var exit = await MaintenanceCommands.TryRunAsync(["verify", $"--ConnectionStrings:Editorial={target.ConnectionString}",
                $"--Audit:Keys:{EditorialAppFactory.TestAuditKeyId}={EditorialAppFactory.TestAuditKey}", "--environment=Development"], output);

            Assert.True(exit == 0, output.ToString());
            Assert.StartsWith($"{articles} articles, ", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Intact.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            await target.DisposeAsync();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private static async Task CreateDatabaseAsync(PostgresDatabase database)
    {
        var admin = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await create.ExecuteNonQueryAsync();
    }

    // pg_dump and pg_restore take a libpq connection string.
    private static string Libpq(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}";
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RestartablePostgresServer.BinFolder, tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await errors}");
    }
}
