using Editorial.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Brings the database up to date before the app serves a request: applies pending migrations of
/// the configured provider, seals article logs written before audit keys, builds the work queues'
/// rows if they are missing or were built for another workflow, then seeds. Runs in
/// <see cref="StartAsync"/>, so a failure stops startup with the reason in the log instead of
/// serving a broken app.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    DatabaseSettings settings,
    SeedPlan plan,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.SqliteFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var scope = scopes.CreateAsyncScope();

        // The claim policy is configuration like the workflow's: a broken one stops startup, with its message.
        _ = scope.ServiceProvider.GetRequiredService<Editorial.Domain.Claims.ClaimPolicy>();
        // So are the audit keys: a bad one stops startup naming the setting; none at all makes one.
        _ = scope.ServiceProvider.GetRequiredService<Editorial.Domain.Audit.AuditKeyring>();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        logger.LogInformation("Database: {Provider}", settings.Provider);
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Stored in the file: from now on every connection to it is in WAL mode.
            await db.Database.ExecuteSqlRawAsync(SqliteConnectionTuning.JournalMode, cancellationToken);
        }

        await scope.ServiceProvider.GetRequiredService<Audit.LegacyAuditSealer>().SealAsync(cancellationToken);
        await WorkQueues.WorkQueueRows.RebuildIfOutdatedAsync(db, scope.ServiceProvider.GetRequiredService<Editorial.Domain.Workflow.WorkflowPolicy>(),
            logger, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<DatabaseSeeder>().SeedAsync(plan, cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
