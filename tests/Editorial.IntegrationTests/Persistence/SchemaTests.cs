using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.IntegrationTests.Persistence;

/// <summary>Both providers build the full schema from an empty database at startup.</summary>
public sealed class SchemaTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Startup_OnAnEmptyPostgresDatabase_AppliesEveryMigration()
    {
        await using var app = EditorialAppFactory.OnPostgres(database, "Production");
        await AssertFullSchemaAsync(app, "Npgsql.EntityFrameworkCore.PostgreSQL", expectedSampleArticles: 0);
    }

    [Fact]
    public async Task Startup_OnAnEmptySqliteFolder_AppliesEveryMigration()
    {
        var folder = Directory.CreateTempSubdirectory("editorial-sqlite-").FullName;
        try
        {
            await using var app = EditorialAppFactory.OnSqlite(Path.Combine(folder, "nested", "data"), "Production");
            // The embedded default imports the sample article even in Production (but no demo user).
            await AssertFullSchemaAsync(app, "Microsoft.EntityFrameworkCore.Sqlite", expectedSampleArticles: 1);
            Assert.True(File.Exists(Path.Combine(folder, "nested", "data", "editorial.db")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task AssertFullSchemaAsync(EditorialAppFactory app, string expectedProvider, int expectedSampleArticles)
    {
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();

        Assert.Equal(expectedProvider, db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        // Every mapped table answers a query: the schema matches the model.
        Assert.Equal(expectedSampleArticles, await db.Articles.CountAsync());
        Assert.Equal(expectedSampleArticles, await db.Revisions.CountAsync());
        Assert.Equal(4, await db.Roles.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());

        // Sign-in cookies are protected with keys kept in this database.
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("schema-test");
        Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));
        Assert.True(await db.DataProtectionKeys.AnyAsync());
    }
}
