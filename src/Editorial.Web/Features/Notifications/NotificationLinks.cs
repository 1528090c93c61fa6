using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Outbox;

namespace Editorial.Web.Features.Notifications;

/// <summary>
/// Where a notification leads, in the app and in e-mail alike: a mention to its comment thread, a claim to
/// check to that claim, an invalidated sign-off to what changed since it, anything else to the article
/// (the paths are <see cref="ArticlePaths"/>).
/// </summary>
public static class NotificationLinks
{
    /// <summary>The app-relative path of the place <paramref name="kind"/> is about.</summary>
    public static string PathOf(Guid articleId, NotificationKind kind, Guid? threadId, Guid? claimId) => (kind, threadId, claimId) switch
    {
        (_, { } thread, _) => ArticlePaths.Thread(articleId, thread),
        (_, _, { } claim) => ArticlePaths.Claim(articleId, claim),
        (NotificationKind.SignOffInvalidated, _, _) => ArticlePaths.SinceMySignOff(articleId),
        _ => ArticlePaths.Article(articleId),
    };

    /// <summary>The app-relative path of the place <paramref name="notification"/> is about.</summary>
    public static string PathOf(Notification notification) =>
        PathOf(notification.ArticleId, notification.Kind, notification.ThreadId, notification.ClaimId);
}
