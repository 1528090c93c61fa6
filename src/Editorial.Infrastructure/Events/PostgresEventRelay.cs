using Editorial.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Editorial.Infrastructure.Events;

/// <summary>
/// Carries the event buses between app instances on PostgreSQL (docs/architecture.md §7): what one instance
/// publishes is sent with <c>NOTIFY</c> on one channel; every instance keeps a connection that
/// <c>LISTEN</c>s on it, reconnecting after a drop, and hands what the others sent to its own
/// in-process subscribers. On the embedded SQLite default there is one instance, and nothing to relay.
/// </summary>
public sealed class PostgresEventRelay(
    DatabaseSettings settings,
    InProcessArticleEvents articles,
    InProcessUserEvents users,
    ILogger<PostgresEventRelay> logger) : BackgroundService, IPresenceRelay
{
    /// <summary>The channel every instance listens on.</summary>
    public const string Channel = "editorial_events";

    private readonly Guid _instance = Guid.NewGuid();
    // Notifications on their way (Send does not wait for them); a stop waits until none is left.
    private int _sending;
    // Keepalive: a connection a firewall silently drops is noticed and replaced.
    private readonly Lazy<NpgsqlDataSource> _dataSource = new(() =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { KeepAlive = 30 }.ConnectionString));

    private bool Enabled => settings.Provider == DatabaseProvider.Postgres;

    /// <inheritdoc />
    public event Action<PresenceAnnouncement>? Heard;

    /// <inheritdoc />
    public event Action? Connected;

    /// <inheritdoc />
    public void Announce(PresenceAnnouncement announcement) =>
        Send(new RelayMessage(_instance, RelayMessage.PresenceTopic, announcement.ArticleId.ToString(), announcement.Kind, announcement.Page,
            announcement.Who));

    /// <summary>Sends a message to the other instances (in the background: publishing never waits on it).</summary>
    public void Send(string topic, string key, string kind, LogRange? log = null) =>
        Send(new RelayMessage(_instance, topic, key, kind, Log: log));

    private void Send(RelayMessage message)
    {
        if (!Enabled)
        {
            return;
        }

        var (topic, key) = (message.Topic, message.Key);
        var payload = message.ToPayload();
        Interlocked.Increment(ref _sending);
        _ = Task.Run(async () =>
        {
            try
            {
                await using var command = _dataSource.Value.CreateCommand("SELECT pg_notify(@channel, @payload)");
                command.Parameters.AddWithValue("channel", Channel);
                command.Parameters.AddWithValue("payload", payload);
                await command.ExecuteNonQueryAsync();
            }
            catch (Exception e)
            {
                // Other instances' pages miss one live update; they show it on their next refresh.
                logger.LogWarning(e, "Could not relay {Topic} {Key} to other instances", topic, key);
            }
            finally
            {
                Interlocked.Decrement(ref _sending);
            }
        });
    }

    /// <summary>
    /// Stops listening, after sending what is still on its way: the requests are finished when this
    /// runs (the server stops first), so the other instances hear of every change they made.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        while (Volatile.Read(ref _sending) > 0 && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(10, CancellationToken.None);
        }

        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        var delay = TimeSpan.FromSeconds(1);
        var dropped = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _dataSource.Value.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Deliver(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                delay = TimeSpan.FromSeconds(1);
                Connected?.Invoke();
                if (dropped)
                {
                    // What other instances sent while this one was not listening is lost: every open page
                    // here re-reads what it shows, so none is left behind.
                    dropped = false;
                    var pages = articles.ResyncAll();
                    var bells = users.ResyncAll();
                    logger.LogInformation("The event listener is back; {Articles} articles' pages and {Bells} bells re-read", pages, bells);
                }

                while (!stoppingToken.IsCancellationRequested)
                {
                    // Between notifications, a cheap query every minute proves the connection is alive.
                    if (!await connection.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken))
                    {
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteScalarAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                dropped = true;
                logger.LogWarning(e, "The event listener lost its database connection; reconnecting in {Delay}", delay);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromSeconds(Math.Min(30, delay.TotalSeconds * 2));
            }
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        if (_dataSource.IsValueCreated)
        {
            _dataSource.Value.Dispose();
        }

        base.Dispose();
    }

    private void Deliver(string payload)
    {
        if (RelayMessage.FromPayload(payload) is not { } message || message.Instance == _instance)
        {
            return;
        }

        switch (message.Topic)
        {
            case RelayMessage.ArticleTopic when Guid.TryParse(message.Key, out var articleId):
                articles.Publish(new ArticleChanged(articleId, message.Kind, message.Log));
                break;
            case RelayMessage.UserTopic:
                users.NotificationsChanged(message.Key);
                break;
            case RelayMessage.PresenceTopic when Guid.TryParse(message.Key, out var articleId) && message.Page is { } page:
                Heard?.Invoke(new PresenceAnnouncement(message.Kind, articleId, page, message.Who));
                break;
        }
    }
}
