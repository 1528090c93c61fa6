using Editorial.Infrastructure.Events;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// This tab's presence on an article, for as long as its live connection is up. A closed tab's circuit is
/// kept for minutes in case the browser comes back, so leaving only when the page is disposed would show
/// a closed browser as "Also here" for that long: the presence ends when the connection drops and begins
/// again if it comes back (<see cref="LiveConnection"/>).
/// </summary>
public sealed class ConnectedPresence : IDisposable
{
    private readonly PresenceTracker _tracker;
    private readonly LiveConnection _connection;
    private readonly Guid _articleId;
    private readonly Presence _presence;
    private readonly Lock _gate = new();
    private IDisposable? _joined;

    /// <summary>Joins <paramref name="articleId"/> now, and again after every drop the connection comes back from.</summary>
    public ConnectedPresence(PresenceTracker tracker, LiveConnection connection, Guid articleId, Presence presence)
    {
        (_tracker, _connection, _articleId, _presence) = (tracker, connection, articleId, presence);
        _connection.Dropped += LeaveAsync;
        _connection.Reconnected += JoinAsync;
        _ = JoinAsync();
    }

    /// <summary>Leaves for good: the page has closed or shows another article.</summary>
    public void Dispose()
    {
        _connection.Dropped -= LeaveAsync;
        _connection.Reconnected -= JoinAsync;
        _ = LeaveAsync();
    }

    private Task JoinAsync()
    {
        lock (_gate)
        {
            _joined ??= _tracker.Join(_articleId, _presence);
        }

        return Task.CompletedTask;
    }

    private Task LeaveAsync()
    {
        lock (_gate)
        {
            _joined?.Dispose();
            _joined = null;
        }

        return Task.CompletedTask;
    }
}
