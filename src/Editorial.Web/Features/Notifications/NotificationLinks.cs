using Editorial.Domain.Notifications;

namespace Editorial.Web.Features.Notifications;

/// <summary>
/// Where a notification leads, in the app and in e-mail alike: a mention to its comment thread, a claim to
/// check to that claim (the article page opens them from its <c>thread</c> and <c>claim</c> query), an
/// invalidated sign-off to what changed since it, anything else to the article.
/// </summary>
public static class NotificationLinks
{
    /// <summary>The query parameter naming the comment thread the article page opens.</summary>
    public const string ThreadQuery = "thread";

    /// <summary>The query parameter naming the claim the article page opens.</summary>
    public const string ClaimQuery = "claim";

    /// <summary>The app-relative path of the place <paramref name="kind"/> is about.</summary>
    public static string PathOf(Guid articleId, NotificationKind kind, Guid? threadId, Guid? claimId) => (kind, threadId, claimId) switch
    {
        (_, { } thread, _) => $"/articles/{articleId}?{ThreadQuery}={thread}",
        (_, _, { } claim) => $"/articles/{articleId}?{ClaimQuery}={claim}",
        (NotificationKind.SignOffInvalidated, _, _) => $"/articles/{articleId}/since-my-sign-off",
        _ => $"/articles/{articleId}",
    };

    /// <summary>The app-relative path of the place <paramref name="notification"/> is about.</summary>
    public static string PathOf(Notification notification) =>
        PathOf(notification.ArticleId, notification.Kind, notification.ThreadId, notification.ClaimId);
}
