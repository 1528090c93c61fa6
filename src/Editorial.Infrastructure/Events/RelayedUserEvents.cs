namespace Editorial.Infrastructure.Events;

/// <summary>The per-user bus the app uses: this instance's pages at once, the other instances through the relay.</summary>
public sealed class RelayedUserEvents(InProcessUserEvents local, PostgresEventRelay relay) : IUserEvents
{
    /// <inheritdoc />
    public void NotificationsChanged(string userId)
    {
        local.NotificationsChanged(userId);
        relay.Send(RelayMessage.UserTopic, userId, string.Empty);
    }

    /// <inheritdoc />
    public IDisposable Subscribe(string userId, Func<Task> handler) => local.Subscribe(userId, handler);
}
