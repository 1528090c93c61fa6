using System.Globalization;
using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;

namespace Editorial.Domain.Annotations;

/// <summary>
/// A comment thread on some words of an article: the first comment, replies, resolved or open, and
/// its anchor — the current one and the original, which is never overwritten. Records what happens
/// to it as <see cref="ArticleEvent"/>s for the article's audit log.
/// </summary>
public sealed class Annotation : AnchoredItem
{
    /// <summary>Longest comment or reply, in characters.</summary>
    public const int MaxTextLength = 10_000;

    private readonly List<AnnotationReply> _replies = [];

    private Annotation()
    {
        AuthorId = Text = string.Empty;
    }

    /// <summary>Who started the thread.</summary>
    public string AuthorId { get; private set; }

    /// <summary>The first comment (plain text; empty once deleted).</summary>
    public string Text { get; private set; }

    /// <summary>When the thread was started (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the first comment was last edited.</summary>
    public DateTime? EditedAt { get; private set; }

    /// <summary>When its author deleted the thread; deleted threads are hidden (the log keeps them).</summary>
    public DateTime? DeletedAt { get; private set; }

    /// <summary>Open or resolved.</summary>
    public ThreadStatus Status { get; private set; }

    /// <summary>When it was last resolved or reopened.</summary>
    public DateTime? StatusChangedAt { get; private set; }

    /// <summary>Who last resolved or reopened it.</summary>
    public string? StatusChangedById { get; private set; }

    /// <summary>Replies, oldest first (deleted ones included, without text).</summary>
    public IReadOnlyList<AnnotationReply> Replies => _replies;

    /// <summary>Whether it counts for the "no open comments" gate.</summary>
    public bool IsOpen => Status == ThreadStatus.Open && DeletedAt is null;

    /// <summary>Starts a thread on [start, end) of <paramref name="body"/>, the article's body at <paramref name="revisionNumber"/>.</summary>
    /// <param name="articleId">The article.</param>
    /// <param name="body">Its current body.</param>
    /// <param name="revisionNumber">Its current revision.</param>
    /// <param name="start">Selection start (UTF-16 offset into the body).</param>
    /// <param name="end">Selection end.</param>
    /// <param name="authorId">Who comments.</param>
    /// <param name="text">The comment.</param>
    /// <param name="mentioned">Users the comment @mentions (they are notified).</param>
    /// <param name="now">Current time (UTC).</param>
    /// <param name="id">The id the user's client chose for it (<see cref="ClientChosenId"/>), or null.</param>
    /// <exception cref="EditorialDomainException">A bad selection or comment.</exception>
    public static Annotation Open(Guid articleId, string body, int revisionNumber, int start, int end, string authorId, string? text,
        IReadOnlyList<string> mentioned, DateTime now, Guid? id = null)
    {
        var anchor = Anchoring.Create(body, start, end, revisionNumber);
        var annotation = new Annotation
        {
            Id = ClientChosenId.OrNew(id),
            ArticleId = articleId,
            AuthorId = authorId,
            Text = ValidText(text),
            CreatedAt = now,
            Status = ThreadStatus.Open,
        };
        annotation.Pin(anchor);
        annotation.Record(new CommentAdded(authorId, now, annotation.Id, anchor.Quote.Exact, revisionNumber, annotation.Text, mentioned));
        return annotation;
    }

    /// <summary>Adds a reply; <paramref name="mentioned"/> are notified. <paramref name="id"/>: see <see cref="ClientChosenId"/>.</summary>
    public AnnotationReply Reply(string authorId, string? text, IReadOnlyList<string> mentioned, DateTime now, Guid? id = null)
    {
        EnsureNotDeleted();
        var reply = new AnnotationReply(ClientChosenId.OrNew(id), Id, authorId, ValidText(text), now);
        _replies.Add(reply);
        Touch();
        Record(new CommentReplied(authorId, now, Id, reply.Id, reply.Text, mentioned));
        return reply;
    }

    /// <summary>Edits the first comment (<paramref name="replyId"/> null) or a reply; authors only.</summary>
    public void Edit(Guid? replyId, string userId, string? text, DateTime now)
    {
        EnsureNotDeleted();
        var newText = ValidText(text);
        if (replyId is null)
        {
            EnsureAuthor(AuthorId, userId, "edit");
            Record(new CommentEdited(userId, now, Id, null, Text, newText));
            (Text, EditedAt) = (newText, now);
        }
        else
        {
            var reply = ReplyOf(replyId.Value);
            EnsureAuthor(reply.AuthorId, userId, "edit");
            Record(new CommentEdited(userId, now, Id, reply.Id, reply.Text, newText));
            reply.Edit(newText, now);
        }

        Touch();
    }

    /// <summary>Deletes the thread (<paramref name="replyId"/> null) or a reply; authors only. The log keeps the text.</summary>
    public void Delete(Guid? replyId, string userId, DateTime now)
    {
        EnsureNotDeleted();
        if (replyId is null)
        {
            EnsureAuthor(AuthorId, userId, "delete");
            Record(new CommentDeleted(userId, now, Id, null, Text));
            (Text, DeletedAt) = (string.Empty, now);
        }
        else
        {
            var reply = ReplyOf(replyId.Value);
            EnsureAuthor(reply.AuthorId, userId, "delete");
            Record(new CommentDeleted(userId, now, Id, reply.Id, reply.Text));
            reply.Delete(now);
        }

        Touch();
    }

    /// <summary>Resolves or reopens the thread; a thread already in that state is left alone.</summary>
    public void SetStatus(ThreadStatus status, string userId, DateTime now)
    {
        EnsureNotDeleted();
        if (Status == status)
        {
            return;
        }

        (Status, StatusChangedAt, StatusChangedById) = (status, now, userId);
        Touch();
        Record(new CommentThreadStatusChanged(userId, now, Id, status));
    }

    /// <summary>Carries the anchor to a new revision; a status change is recorded for the log.</summary>
    public override void Reanchor(ProseDiffResult diff, int revisionNumber, string? actorId, DateTime now)
    {
        if (CarryAnchor(diff, revisionNumber) is not { } before)
        {
            return;
        }

        // Every move onto other words is in the log, not only a change of status (its words rewritten again).
        var after = Anchor;
        if (after.Status != before.Status || after.Quote.Exact != before.Quote.Exact)
        {
            Record(new AnchorStatusChanged(actorId, now, Id, before.Status, after.Status, revisionNumber, before.Quote.Exact, after.Quote.Exact));
        }
    }

    /// <summary>Attaches the thread to a new selection by hand (an orphan, or one that drifted); the original stays.</summary>
    public void Reattach(string body, int revisionNumber, int start, int end, string userId, DateTime now)
    {
        EnsureNotDeleted();
        var before = MoveAnchorTo(body, revisionNumber, start, end);
        var after = Anchor;
        Record(new AnchorStatusChanged(userId, now, Id, before.Status, after.Status, revisionNumber, before.Quote.Exact, after.Quote.Exact));
    }

    /// <summary>Normalizes and checks a comment's text.</summary>
    public static string ValidText(string? text)
    {
        var normalized = TextNormalizer.NormalizeBody(text).Trim();
        if (!normalized.Any(c => !char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format))
        {
            throw new EditorialDomainException("Write a comment first: it is empty.");
        }

        return normalized.Length <= MaxTextLength
            ? normalized
            : throw new EditorialDomainException($"The comment is {normalized.Length:N0} characters long; the limit is {MaxTextLength:N0}.");
    }

    private AnnotationReply ReplyOf(Guid replyId) =>
        _replies.SingleOrDefault(r => r.Id == replyId && r.DeletedAt is null)
        ?? throw new EditorialDomainException("That reply does not exist or was deleted.");

    private void EnsureNotDeleted()
    {
        if (DeletedAt is not null)
        {
            throw new EditorialDomainException("This comment thread was deleted.");
        }
    }

    private static void EnsureAuthor(string authorId, string userId, string verb)
    {
        if (authorId != userId)
        {
            throw new Workflow.WorkflowPermissionException($"Only its author may {verb} a comment.");
        }
    }
}
