using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Webhooks;

/// <summary>
/// The events an endpoint can subscribe to, and which of an article's recorded events is which: the
/// one home of that mapping (docs/architecture.md §12).
/// </summary>
public static class WebhookEventTypes
{
    /// <summary>An article was created or imported.</summary>
    public const string ArticleCreated = "article.created";

    /// <summary>An article left the first stage for review.</summary>
    public const string ArticleSubmitted = "article.submitted";

    /// <summary>Someone signed off (approved or asked for changes).</summary>
    public const string ArticleSignedOff = "article.signed_off";

    /// <summary>A change of text ended someone's sign-off.</summary>
    public const string SignOffInvalidated = "article.sign_off_invalidated";

    /// <summary>An article under review went back to the first stage.</summary>
    public const string ArticleSentBack = "article.sent_back";

    /// <summary>An article reached a stage whose text is read-only (approved): the publication handoff.</summary>
    public const string ArticleApproved = "article.approved";

    /// <summary>An approved article was reopened.</summary>
    public const string ArticleReopened = "article.reopened";

    /// <summary>A comment thread was started.</summary>
    public const string CommentAdded = "comment.added";

    /// <summary>A comment thread was resolved.</summary>
    public const string CommentResolved = "comment.resolved";

    /// <summary>A claim's status changed (a verdict, a recheck, a verdict withdrawn).</summary>
    public const string ClaimStatusChanged = "claim.status_changed";

    /// <summary>Every event type, with what it means, in the order they are offered.</summary>
    public static IReadOnlyList<(string Type, string Meaning)> All { get; } =
    [
        (ArticleCreated, "An article was created or imported"),
        (ArticleSubmitted, "An article was submitted for review"),
        (ArticleSignedOff, "Someone signed off"),
        (SignOffInvalidated, "A change of text invalidated a sign-off"),
        (ArticleSentBack, "An article was sent back to draft"),
        (ArticleApproved, "An article was approved (the publication handoff)"),
        (ArticleReopened, "An approved article was reopened"),
        (CommentAdded, "A comment was added"),
        (CommentResolved, "A comment was resolved"),
        (ClaimStatusChanged, "A claim's status changed"),
    ];

    /// <summary>Whether <paramref name="type"/> is one of <see cref="All"/>.</summary>
    public static bool IsKnown(string type) => All.Any(t => t.Type == type);

    /// <summary>The event type <paramref name="happened"/> is, or null when endpoints are not told of it.</summary>
    public static string? Of(ArticleEvent happened, WorkflowPolicy policy) => happened switch
    {
        Articles.ArticleCreated => ArticleCreated,
        SignOffGiven => ArticleSignedOff,
        SignOffEnded { Reason: SignOffEnd.TextChanged } => SignOffInvalidated,
        StageChanged s when policy.Stage(s.To).TextReadOnly => ArticleApproved,
        StageChanged s when policy.Stage(s.From).TextReadOnly => ArticleReopened,
        StageChanged s when s.To == policy.InitialStage => ArticleSentBack,
        StageChanged s when s.From == policy.InitialStage => ArticleSubmitted,
        Annotations.CommentAdded => CommentAdded,
        CommentThreadStatusChanged { Status: ThreadStatus.Resolved } => CommentResolved,
        ClaimStatusSet or ClaimNeedsRecheck or ClaimVerdictWithdrawn => ClaimStatusChanged,
        _ => null,
    };
}
