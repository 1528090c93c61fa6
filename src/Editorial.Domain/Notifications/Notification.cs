namespace Editorial.Domain.Notifications;

/// <summary>A message in one user's notification list.</summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = Message = string.Empty;
    }

    /// <summary>Makes an unread notification.</summary>
    /// <param name="userId">Whom it is for.</param>
    /// <param name="articleId">The article it is about.</param>
    /// <param name="kind">Why.</param>
    /// <param name="message">What to read.</param>
    /// <param name="createdAt">When (UTC).</param>
    /// <param name="place">The comment thread or claim it is about, if any.</param>
    public Notification(string userId, Guid articleId, NotificationKind kind, string message, DateTime createdAt, NotificationPlace? place = null)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ArticleId = articleId;
        Kind = kind;
        Message = message;
        CreatedAt = createdAt;
        ThreadId = place?.ThreadId;
        ClaimId = place?.ClaimId;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whom it is for.</summary>
    public string UserId { get; private set; }

    /// <summary>The article it is about.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>The comment thread it is about (a mention), if any: links open that thread.</summary>
    public Guid? ThreadId { get; private set; }

    /// <summary>The claim it is about (one given to the user to check), if any: links open that claim.</summary>
    public Guid? ClaimId { get; private set; }

    /// <summary>Why.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>What to read.</summary>
    public string Message { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When the user read it; null while unread.</summary>
    public DateTime? ReadAt { get; private set; }

    /// <summary>Marks it read (once; later calls keep the first time).</summary>
    public void MarkRead(DateTime at) => ReadAt ??= at;
}
