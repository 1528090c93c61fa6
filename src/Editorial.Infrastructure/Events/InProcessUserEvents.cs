using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Events;

/// <summary>The per-user bus for a single app instance.</summary>
public sealed class InProcessUserEvents(ILogger<InProcessUserEvents> logger) : IUserEvents
{
    private readonly Subscribers<string, string> _subscribers = new(logger);

    /// <inheritdoc />
    public void NotificationsChanged(string userId) => _subscribers.Publish(userId, userId);

    /// <summary>Tells every open bell to re-read: after a gap in which notifications may have been missed.</summary>
    public int ResyncAll() => _subscribers.PublishToAll(userId => userId);

    /// <inheritdoc />
    public IDisposable Subscribe(string userId, Func<Task> handler) => _subscribers.Subscribe(userId, _ => handler());
}
