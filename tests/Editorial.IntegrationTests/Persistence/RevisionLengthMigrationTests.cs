using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Editorial.IntegrationTests.Persistence;

/// <summary>
/// Upgrading a database whose revisions predate the stored body length: every revision gets its
/// length (characters, as the history always showed them), nothing else changes, and revisions
/// are append-only again afterwards.
/// </summary>
public sealed class RevisionLengthMigrationTests(PostgresDatabase postgres) : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string Before = "IdempotentRequests";
    // A tractor emoji is one character: two UTF-16 units, four bytes.
    private const string Body = "Kim drives a \U0001F69C forklift.\n\nSecond paragraph.";
    private readonly string _sqliteFolder = Directory.CreateTempSubdirectory("editorial-upgrade-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteFolder, recursive: true);
    }

    [Fact]
    public Task OnPostgres_ExistingRevisionsGetTheirLength() =>
        UpgradeAsync(new DatabaseSettings(DatabaseProvider.Postgres, postgres.ConnectionString));

    [Fact]
    public Task OnSqlite_ExistingRevisionsGetTheirLength() =>
        UpgradeAsync(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_sqliteFolder, "editorial.db")}"));

    private static async Task UpgradeAsync(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<EditorialDbContext>();
        PersistenceServiceCollectionExtensions.Configure(options, settings);
        await using var db = new EditorialDbContext(options.Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(Before);
        // The article through the model, with the columns later migrations add to its table there for
        // the insert only; the revision as it was stored before, without a length.
        await db.Database.ExecuteSqlRawAsync(settings.Provider == DatabaseProvider.Postgres
            ? """ALTER TABLE articles ADD COLUMN "PublishAt" timestamp with time zone NULL"""
            : """ALTER TABLE articles ADD COLUMN "PublishAt" TEXT NULL""");
        var (article, first) = Article.Import(ArticleText.Create("Upgraded", Body, TextLimits.Default), "Erin Editor", "upgraded",
            Stages.Draft, DateTime.UtcNow, WorkflowPolicy.Default);
        db.Articles.Add(article);
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE articles DROP COLUMN "PublishAt" """);
        var revision = first.Id;
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO revisions ("Id", "ArticleId", "Number", "CreatedAt", "Kind", "Title", "Body", "ContentHash", "Summary")
            VALUES ({revision}, {article.Id}, 1, {first.CreatedAt}, 'Import', {first.Title}, {first.Body}, {first.ContentHash}, '')
            """);

        await migrator.MigrateAsync();

        var stored = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == revision);
        Assert.Equal(first.Body, stored.Body);
        Assert.Equal(first.Body.Length - 1, stored.BodyLength);
        Assert.Equal(first.BodyLength, stored.BodyLength);
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""UPDATE revisions SET "Summary" = 'changed'"""));
    }
}
