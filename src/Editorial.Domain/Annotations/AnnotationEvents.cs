using Editorial.Domain.Articles;

namespace Editorial.Domain.Annotations;

/// <summary>A comment thread was started on some words; <paramref name="Mentioned"/> are told.</summary>
public sealed record CommentAdded(string? ActorId, DateTime At, Guid AnnotationId, string Quote, int RevisionNumber, string Text,
    IReadOnlyList<string> Mentioned) : ArticleEvent(ActorId, At);

/// <summary>Someone replied in a thread; <paramref name="Mentioned"/> are told.</summary>
public sealed record CommentReplied(string? ActorId, DateTime At, Guid AnnotationId, Guid ReplyId, string Text,
    IReadOnlyList<string> Mentioned) : ArticleEvent(ActorId, At);

/// <summary>An author edited their comment or reply (the old text stays in this log).</summary>
public sealed record CommentEdited(string? ActorId, DateTime At, Guid AnnotationId, Guid? ReplyId, string OldText, string NewText)
    : ArticleEvent(ActorId, At);

/// <summary>An author deleted their comment or reply (its text stays in this log).</summary>
public sealed record CommentDeleted(string? ActorId, DateTime At, Guid AnnotationId, Guid? ReplyId, string Text) : ArticleEvent(ActorId, At);

/// <summary>A thread was resolved or reopened.</summary>
public sealed record CommentThreadStatusChanged(string? ActorId, DateTime At, Guid AnnotationId, ThreadStatus Status) : ArticleEvent(ActorId, At);

/// <summary>A new revision moved, changed or orphaned a comment's anchor, or someone re-attached it.</summary>
public sealed record AnchorStatusChanged(string? ActorId, DateTime At, Guid AnnotationId, AnchorStatus From, AnchorStatus To,
    int RevisionNumber, string OldQuote, string NewQuote) : ArticleEvent(ActorId, At);
