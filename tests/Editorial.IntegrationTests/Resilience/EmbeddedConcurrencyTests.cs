using System.Net;
using System.Text.Json;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.EntityFrameworkCore;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>The embedded default under many writers at once: WAL, writers that wait their turn, nothing refused. SQLite only.</summary>
public sealed class EmbeddedConcurrencyTests(SqliteFolder folder)
    : AppTest(EditorialAppFactory.OnSqlite(folder.Path)), IClassFixture<SqliteFolder>
{
    [Fact]
    public async Task TheFileIsInWalMode_AndEveryConnectionWaitsForTheWriterBeforeIt()
    {
        var (mode, timeout) = await WithAsync<EditorialDbContext, (string, long)>(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            var journal = (string)(await command.ExecuteScalarAsync())!;
            command.CommandText = "PRAGMA busy_timeout;";
            return (journal, (long)(await command.ExecuteScalarAsync())!);
        });

        Assert.Equal("wal", mode);
        Assert.Equal(SqliteConnectionTuning.BusyTimeoutMilliseconds, timeout);
    }

    [Fact]
    public async Task ThirtyTwoWritersAtOnce_AreAllSaved_NoneRefused()
    {
        var editor = await ApiClient.ForAsync(App, DemoUsers.Editor);
        var ids = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
            (await (await editor.PostAsJsonAsync("/api/articles", new { title = $"Writer {i}", body = "First." }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));

        var saves = await Task.WhenAll(ids.SelectMany(id => Enumerable.Range(0, 3).Select(n => (id, n)))
            .GroupBy(x => x.id)
            .Select(async writer =>
            {
                var statuses = new List<HttpStatusCode>();
                foreach (var (id, n) in writer)
                {
                    var saved = await editor.PutAsJsonAsync($"/api/articles/{id}",
                        new { title = "Writer", body = $"Version {n + 2}.", baseRevisionNumber = n + 1 });
                    statuses.Add(saved.StatusCode);
                }

                return statuses;
            }));

        Assert.All(saves.SelectMany(s => s), status => Assert.Equal(HttpStatusCode.OK, status));
        var revisions = await WithAsync<EditorialDbContext, int>(db => db.Revisions.CountAsync(r => ids.Contains(r.ArticleId)));
        Assert.Equal(32 * 4, revisions);
    }
}
