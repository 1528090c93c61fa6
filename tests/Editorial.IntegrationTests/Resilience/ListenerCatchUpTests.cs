using System.Diagnostics;
using Editorial.Infrastructure.Events;
using Editorial.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// When the instance-to-instance listener loses its connection, what other instances announced in the
/// gap is lost — so on reconnecting, every page open on this instance is told to re-read. PostgreSQL only.
/// </summary>
public sealed class ListenerCatchUpTests(PostgresDatabase database, ITestOutputHelper output) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task AfterTheListenerIsCutOff_EveryOpenPageOnTheInstanceRereads_SoonAfterItReconnects()
    {
        await using var app = EditorialAppFactory.OnPostgres(database);
        _ = app.Server;
        var articleId = Guid.NewGuid();
        var reread = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var page = app.Services.GetRequiredService<IArticleEvents>().Subscribe(articleId, change =>
        {
            if (change.Kind == ArticleChanged.Resync)
            {
                reread.TrySetResult();
            }

            return Task.CompletedTask;
        });
        var bell = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bellSubscription = app.Services.GetRequiredService<IUserEvents>().Subscribe("someone", () =>
        {
            bell.TrySetResult();
            return Task.CompletedTask;
        });
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await WaitForListenerAsync(admin);

        var cut = Stopwatch.StartNew();
        await using (var terminate = new NpgsqlCommand(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {PostgresEventRelay.Channel}'", admin))
        {
            await terminate.ExecuteNonQueryAsync();
        }

        await Task.WhenAll(reread.Task, bell.Task).WaitAsync(TimeSpan.FromSeconds(20));
        output.WriteLine($"Open pages re-read {cut.Elapsed.TotalSeconds:0.0} s after the listener's connection was cut.");
        Assert.True(cut.Elapsed < TimeSpan.FromSeconds(10), $"took {cut.Elapsed}");
    }

    private static async Task WaitForListenerAsync(NpgsqlConnection admin)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await using var count = new NpgsqlCommand(
                $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN {PostgresEventRelay.Channel}'", admin);
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The event listener never connected.");
    }
}
