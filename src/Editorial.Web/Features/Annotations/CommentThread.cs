using Editorial.Domain.Annotations;

namespace Editorial.Web.Features.Annotations;

/// <summary>A comment thread as the side panel and the API show it.</summary>
/// <param name="Id">The thread.</param>
/// <param name="AuthorId">Who started it.</param>
/// <param name="Author">Their name.</param>
/// <param name="Text">The first comment.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="EditedAt">When last edited.</param>
/// <param name="Status">Open or resolved.</param>
/// <param name="Anchor">Where it is now.</param>
/// <param name="OriginalQuote">The words it was made on (shown beside the new wording when they changed).</param>
/// <param name="Replies">Replies, oldest first; deleted ones are left out.</param>
/// <param name="Version">To refuse a decision taken on an old view.</param>
public sealed record CommentThread(Guid Id, string AuthorId, string Author, string Text, DateTime CreatedAt, DateTime? EditedAt,
    ThreadStatus Status, Anchor Anchor, string OriginalQuote, IReadOnlyList<CommentReply> Replies, int Version)
{
    /// <summary>Whether it is shown among the orphans.</summary>
    public bool IsOrphaned => Anchor.Status == AnchorStatus.Orphaned;
}

/// <summary>A reply in a thread.</summary>
/// <param name="Id">The reply.</param>
/// <param name="AuthorId">Who wrote it.</param>
/// <param name="Author">Their name.</param>
/// <param name="Text">What they wrote.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="EditedAt">When last edited.</param>
public sealed record CommentReply(Guid Id, string AuthorId, string Author, string Text, DateTime CreatedAt, DateTime? EditedAt);

/// <summary>An article's comment threads in text order (orphans last), at its current revision.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="RevisionNumber">The revision the anchors describe.</param>
/// <param name="Threads">The threads.</param>
/// <param name="CanComment">Whether this user may comment.</param>
public sealed record CommentThreads(Guid ArticleId, int RevisionNumber, IReadOnlyList<CommentThread> Threads, bool CanComment);
