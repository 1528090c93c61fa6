namespace Editorial.Domain.Annotations;

/// <summary>A reply in a comment thread. Deleting one hides its text; the audit log keeps it.</summary>
public sealed class AnnotationReply
{
    private AnnotationReply()
    {
        AuthorId = Text = string.Empty;
    }

    internal AnnotationReply(Guid id, Guid annotationId, string authorId, string text, DateTime now)
    {
        Id = id;
        AnnotationId = annotationId;
        AuthorId = authorId;
        Text = text;
        CreatedAt = now;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The thread.</summary>
    public Guid AnnotationId { get; private set; }

    /// <summary>Who wrote it.</summary>
    public string AuthorId { get; private set; }

    /// <summary>What they wrote (plain text; empty once deleted).</summary>
    public string Text { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When last edited; null if never.</summary>
    public DateTime? EditedAt { get; private set; }

    /// <summary>When deleted; null while it stands.</summary>
    public DateTime? DeletedAt { get; private set; }

    internal void Edit(string text, DateTime now) => (Text, EditedAt) = (text, now);

    internal void Delete(DateTime now) => (Text, DeletedAt) = (string.Empty, now);
}
