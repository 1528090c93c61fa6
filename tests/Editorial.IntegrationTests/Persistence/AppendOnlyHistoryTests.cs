using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Persistence;

/// <summary>Revisions and the audit log refuse UPDATE and DELETE in the database itself, on both providers.</summary>
public sealed class AppendOnlyHistoryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData("UPDATE revisions SET \"Body\" = 'forged'")]
    [InlineData("DELETE FROM revisions")]
    [InlineData("UPDATE audit_events SET \"Payload\" = 'forged'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events CASCADE")]
    public async Task OnPostgres_HistoryCannotBeRewritten(string sql)
    {
        await using var app = EditorialAppFactory.OnPostgres(database);
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(app, sql));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.True(await CountAsync(app) > 0);
    }

    [Theory]
    [InlineData("UPDATE revisions SET \"Body\" = 'forged'")]
    [InlineData("DELETE FROM audit_events")]
    public async Task OnSqlite_HistoryCannotBeRewritten(string sql)
    {
        var folder = Directory.CreateTempSubdirectory("editorial-append-only-").FullName;
        try
        {
            await using var app = EditorialAppFactory.OnSqlite(folder);
            var error = await Assert.ThrowsAnyAsync<Exception>(() => ExecuteAsync(app, sql));

            Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
            Assert.True(await CountAsync(app) > 0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ExecuteAsync(EditorialAppFactory app, string sql)
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        await db.Database.ExecuteSqlRawAsync(sql);
    }

    // The seeded sample article's revision and log entries are still there.
    private static async Task<int> CountAsync(EditorialAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        return await db.Revisions.CountAsync() + await db.AuditEvents.CountAsync();
    }
}
