namespace Editorial.Domain.Notifications;

/// <summary>Why someone is told about an article.</summary>
public enum NotificationKind
{
    /// <summary>A manager assigned them.</summary>
    Assigned,

    /// <summary>The article was sent back or reopened.</summary>
    SentBack,

    /// <summary>A change of text invalidated their sign-off.</summary>
    SignOffInvalidated,

    /// <summary>The article was approved.</summary>
    Approved,

    /// <summary>Someone @mentioned the user in a comment.</summary>
    Mentioned,

    /// <summary>An article they are assigned to (or wrote) is due within a day.</summary>
    DueTomorrow,

    /// <summary>An article they are assigned to (or wrote) is past its due date.</summary>
    Overdue,

    /// <summary>Someone asked them to check a claim.</summary>
    ClaimAssigned,
}
