namespace Editorial.Domain.Notifications;

/// <summary>
/// The exact place in an article a notification is about: a comment thread or a claim (at most one of them).
/// Links made from a notification, in the app and in e-mail, open it there.
/// </summary>
/// <param name="ThreadId">The comment thread.</param>
/// <param name="ClaimId">The claim.</param>
public sealed record NotificationPlace(Guid? ThreadId, Guid? ClaimId)
{
    /// <summary>A comment thread.</summary>
    public static NotificationPlace Thread(Guid threadId) => new(threadId, null);

    /// <summary>A claim.</summary>
    public static NotificationPlace Claim(Guid claimId) => new(null, claimId);
}
