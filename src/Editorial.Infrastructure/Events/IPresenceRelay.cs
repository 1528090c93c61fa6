namespace Editorial.Infrastructure.Events;

/// <summary>What one instance tells the others about who has which article open.</summary>
/// <param name="Kind"><see cref="Join"/>, <see cref="Leave"/>, or <see cref="Hello"/> (an instance asks the others to say who is here).</param>
/// <param name="ArticleId">The article (empty for <see cref="Hello"/>).</param>
/// <param name="Page">The open page, unique across instances.</param>
/// <param name="Who">Who has it open (for <see cref="Join"/>).</param>
public sealed record PresenceAnnouncement(string Kind, Guid ArticleId, Guid Page, Presence? Who)
{
    /// <summary>A page is open (sent again every so often while it stays open).</summary>
    public const string Join = "join";

    /// <summary>A page closed.</summary>
    public const string Leave = "leave";

    /// <summary>An instance (re)connected and asks the others to announce their open pages.</summary>
    public const string Hello = "hello";
}

/// <summary>Carries presence between app instances (on PostgreSQL; on the embedded default there is one instance).</summary>
public interface IPresenceRelay
{
    /// <summary>Sends <paramref name="announcement"/> to the other instances.</summary>
    void Announce(PresenceAnnouncement announcement);

    /// <summary>Raised for every announcement another instance sent.</summary>
    event Action<PresenceAnnouncement>? Heard;

    /// <summary>Raised when this instance (re)connects to the others: what was said meanwhile is lost.</summary>
    event Action? Connected;
}
