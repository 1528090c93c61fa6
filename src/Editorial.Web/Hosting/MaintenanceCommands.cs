using Editorial.Domain.Audit;
using Editorial.Infrastructure.Backup;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Hosting;

/// <summary>
/// Maintenance from the command line, with the app's own settings (and any <c>--Key=value</c> after
/// the command): <c>backup FILE</c> copies the embedded database through SQLite's online backup API
/// while the app may be running; <c>verify</c> checks every article of the configured database
/// (revision hashes, audit logs) — what to run after restoring a backup of either database.
/// </summary>
public static class MaintenanceCommands
{
    /// <summary>Runs the command in <paramref name="args"/>, if there is one.</summary>
    /// <returns>The exit code, or null when <paramref name="args"/> name no command (the app should start).</returns>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output)
    {
        var (command, rest) = args switch
        {
            ["backup", var file, .. var more] => ($"backup:{file}", more),
            ["verify", .. var more] => ("verify", more),
            _ => (null, args),
        };
        if (command is null)
        {
            return null;
        }

        var builder = WebApplication.CreateBuilder(rest);
        builder.AddEditorial();
        await using var app = builder.Build();
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        if (command.StartsWith("backup:", StringComparison.Ordinal))
        {
            if (settings.Provider != DatabaseProvider.Sqlite)
            {
                await output.WriteLineAsync("This app runs on PostgreSQL: back it up with pg_dump (see the README, Backups).");
                return 2;
            }

            var target = Path.GetFullPath(command["backup:".Length..]);
            try
            {
                SqliteBackup.Run(settings.ConnectionString, target);
            }
            catch (IOException e)
            {
                await output.WriteLineAsync(e.Message);
                return 2;
            }

            await output.WriteLineAsync($"Backed up the embedded database to {target}.");
            return 0;
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<EditorialDbContext>>().CreateDbContextAsync();
        if (!(await db.Database.GetAppliedMigrationsAsync()).Any())
        {
            await output.WriteLineAsync("There is no Editorial database at the configured address to verify.");
            return 2;
        }

        var report = await IntegrityCheck.RunAsync(db, app.Services.GetRequiredService<AuditKeyring>(), CancellationToken.None);
        await output.WriteLineAsync($"{report.Articles} articles, {report.Revisions} revisions, {report.AuditEntries} audit entries checked.");
        foreach (var problem in report.Problems)
        {
            await output.WriteLineAsync(problem);
        }

        await output.WriteLineAsync(report.IsIntact ? "Intact." : $"{report.Problems.Count} problem(s).");
        return report.IsIntact ? 0 : 1;
    }
}
