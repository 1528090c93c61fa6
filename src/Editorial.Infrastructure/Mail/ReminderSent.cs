using Editorial.Domain.Notifications;

namespace Editorial.Infrastructure.Mail;

/// <summary>
/// That a reminder about an article's due date was sent: one row per (article, kind, due date), so a
/// reminder is sent once across instances (the second insert collides) and again only for a new date.
/// </summary>
public sealed class ReminderSent
{
    private ReminderSent()
    {
    }

    /// <summary>Records a reminder.</summary>
    public ReminderSent(Guid articleId, NotificationKind kind, DateTime dueAt, DateTime sentAt)
    {
        ArticleId = articleId;
        Kind = kind;
        DueAt = dueAt;
        SentAt = sentAt;
    }

    /// <summary>The article.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>Due tomorrow, or overdue.</summary>
    public NotificationKind Kind { get; private set; }

    /// <summary>The due date it was about.</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>When it was sent.</summary>
    public DateTime SentAt { get; private set; }
}
