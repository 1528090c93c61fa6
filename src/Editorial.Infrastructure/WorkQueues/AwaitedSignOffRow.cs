namespace Editorial.Infrastructure.WorkQueues;

/// <summary>
/// One sign-off an article waits for (<see cref="Domain.Articles.Article.AwaitedSignOffs"/>), kept
/// as a row so a queue is an index range read in queue order, however many articles there are.
/// Written only by <see cref="WorkQueueRows"/>, in the transaction of the change that altered it.
/// </summary>
public sealed class AwaitedSignOffRow
{
    /// <summary>Stands in for "no due date" so that undated articles sort last on every database.</summary>
    public static readonly DateTime NoDueDate = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The article.</summary>
    public Guid ArticleId { get; set; }

    /// <summary>The transition the sign-off counts towards.</summary>
    public string Transition { get; set; } = string.Empty;

    /// <summary>The role that gives it.</summary>
    public string Role { get; set; } = string.Empty;

    /// <summary>Who the article is assigned to for that role; null when nobody is.</summary>
    public string? AssigneeId { get; set; }

    /// <summary>The article's due date, or <see cref="NoDueDate"/>: the queue's first order.</summary>
    public DateTime DueOrder { get; set; }

    /// <summary>The article's last activity: the queue's second order (newest first).</summary>
    public DateTime UpdatedAt { get; set; }
}
