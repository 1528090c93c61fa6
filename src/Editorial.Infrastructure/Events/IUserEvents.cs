namespace Editorial.Infrastructure.Events;

/// <summary>Tells a user's open pages that they have new notifications (ids only; pages re-read).</summary>
public interface IUserEvents
{
    /// <summary>Announces new notifications for <paramref name="userId"/>.</summary>
    void NotificationsChanged(string userId);

    /// <summary>Calls <paramref name="handler"/> whenever <paramref name="userId"/>'s notifications change, until disposed.</summary>
    IDisposable Subscribe(string userId, Func<Task> handler);
}
