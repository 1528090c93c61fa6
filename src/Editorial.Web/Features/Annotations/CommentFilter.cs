namespace Editorial.Web.Features.Annotations;

/// <summary>Which threads the side panel lists.</summary>
public enum CommentFilter
{
    /// <summary>Unresolved threads still on their words.</summary>
    Open,

    /// <summary>Resolved threads.</summary>
    Resolved,

    /// <summary>Threads whose words were deleted.</summary>
    Orphaned,

    /// <summary>Threads this user started or replied in.</summary>
    Mine,

    /// <summary>Everything.</summary>
    All,
}

/// <summary>What each filter lets through.</summary>
public static class CommentFilterExtensions
{
    /// <summary>Whether <paramref name="filter"/> lists <paramref name="thread"/> for <paramref name="myUserId"/>.</summary>
    public static bool Shows(this CommentFilter filter, CommentThread thread, string myUserId) => filter switch
    {
        CommentFilter.Open => thread.Status == Domain.Annotations.ThreadStatus.Open && !thread.IsOrphaned,
        CommentFilter.Resolved => thread.Status == Domain.Annotations.ThreadStatus.Resolved,
        CommentFilter.Orphaned => thread.IsOrphaned,
        CommentFilter.Mine => thread.AuthorId == myUserId || thread.Replies.Any(r => r.AuthorId == myUserId),
        _ => true,
    };
}
