using System.Net;
using System.Text.Json;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Backup;
using Editorial.Infrastructure.Persistence;
using Editorial.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// A save whose connection dies inside its transaction, before the commit, is run again from fresh
/// data and stored once: the caller sees a plain success. The failure is real — the save waits on a
/// row this test holds locked, and the test terminates its database session. PostgreSQL only: it is
/// about a server dropping a connection.
/// </summary>
public sealed class WriteRetryTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task AConnectionLostInsideTheSavesTransaction_IsRetriedFromFreshData_AndTheSaveIsStoredOnce()
    {
        await using var app = EditorialAppFactory.OnPostgres(database);
        var editor = await ApiClient.ForAsync(app, DemoUsers.Editor);
        var id = (await (await editor.PostAsJsonAsync("/api/articles", new { title = "Interrupted", body = "First." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();

        await using (var hold = await admin.BeginTransactionAsync())
        {
            await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM articles WHERE \"Id\" = @id FOR UPDATE", admin, hold))
            {
                lockRow.Parameters.AddWithValue("id", id);
                await lockRow.ExecuteNonQueryAsync();
            }

            var save = editor.PutAsJsonAsync($"/api/articles/{id}", new { title = "Interrupted", body = "Second.", baseRevisionNumber = 1 });
            var waiting = await WaitForSessionWaitingOnLockAsync(admin, hold);
            await using (var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", admin, hold))
            {
                terminate.Parameters.AddWithValue("pid", waiting);
                await terminate.ExecuteNonQueryAsync();
            }

            await hold.RollbackAsync();
            var answer = await save;

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal(2, (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("article").GetProperty("revisionNumber").GetInt32());
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EditorialDbContext>();
        Assert.Equal([1, 2], await db.Revisions.Where(r => r.ArticleId == id).OrderBy(r => r.Number).Select(r => r.Number).ToListAsync());
        var report = await IntegrityCheck.RunAsync(db, scope.ServiceProvider.GetRequiredService<AuditKeyring>(), CancellationToken.None);
        Assert.True(report.IsIntact, string.Join("\n", report.Problems));
    }

    // The app's session blocked on the row this test holds.
    private static async Task<int> WaitForSessionWaitingOnLockAsync(NpgsqlConnection admin, NpgsqlTransaction hold)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            await using var find = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()",
                admin, hold);
            if (await find.ExecuteScalarAsync() is int pid)
            {
                return pid;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The save never waited on the locked row.");
    }
}
