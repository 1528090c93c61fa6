namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// The app-relative paths of the exact places in an article that links lead to — from the bell, e-mail
/// and chat alike: the article, one of its comment threads or claims (the article page opens them from
/// its <c>thread</c> and <c>claim</c> query), and what changed since the reader's sign-off.
/// </summary>
public static class ArticlePaths
{
    /// <summary>The query parameter naming the comment thread the article page opens.</summary>
    public const string ThreadQuery = "thread";

    /// <summary>The query parameter naming the claim the article page opens.</summary>
    public const string ClaimQuery = "claim";

    /// <summary>The article's page.</summary>
    public static string Article(Guid articleId) => $"/articles/{articleId}";

    /// <summary>The article's page with a comment thread open.</summary>
    public static string Thread(Guid articleId, Guid threadId) => $"{Article(articleId)}?{ThreadQuery}={threadId}";

    /// <summary>The article's page with a claim open.</summary>
    public static string Claim(Guid articleId, Guid claimId) => $"{Article(articleId)}?{ClaimQuery}={claimId}";

    /// <summary>What changed since the reader's sign-off.</summary>
    public static string SinceMySignOff(Guid articleId) => $"{Article(articleId)}/since-my-sign-off";
}
