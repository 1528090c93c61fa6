namespace Editorial.Domain.Notifications;

/// <summary>A message in one user's notification list.</summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = Message = string.Empty;
    }

    /// <summary>Makes an unread notification.</summary>
    public Notification(string userId, Guid articleId, NotificationKind kind, string message, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ArticleId = articleId;
        Kind = kind;
        Message = message;
        CreatedAt = createdAt;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>Whom it is for.</summary>
    public string UserId { get; private set; }

    /// <summary>The article it is about.</summary>
    public Guid ArticleId { get; private set; }

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
