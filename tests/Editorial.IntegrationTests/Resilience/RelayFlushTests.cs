using Editorial.Infrastructure.Events;
using Editorial.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Editorial.IntegrationTests.Resilience;

/// <summary>
/// A stopping instance sends the live updates it still owes the other instances before it exits:
/// a burst published just before the stop all arrives. (The relay's stop waits for notifications on
/// their way; in a test host they would mostly arrive anyway, as the process lives on — the wait
/// matters when the process exits right after its stop.) PostgreSQL only: the relay is LISTEN/NOTIFY.
/// </summary>
public sealed class RelayFlushTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const int Burst = 300;

    [Fact]
    public async Task UpdatesPublishedJustBeforeTheStop_AllReachTheOtherInstances()
    {
        var app = EditorialAppFactory.OnPostgres(database);
        _ = app.Server;
        await using var other = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await other.OpenAsync();
        var marker = Guid.NewGuid().ToString();
        var heard = 0;
        other.Notification += (_, e) =>
        {
            if (e.Payload.Contains(marker, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref heard);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresEventRelay.Channel}", other))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var relay = app.Services.GetRequiredService<PostgresEventRelay>();
        for (var n = 0; n < Burst; n++)
        {
            relay.Send("article", marker, $"change {n}");
        }

        await app.DisposeAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Volatile.Read(ref heard) < Burst && !patience.IsCancellationRequested)
        {
            await other.WaitAsync(TimeSpan.FromMilliseconds(200));
        }

        Assert.Equal(Burst, heard);
    }
}
