namespace Editorial.Infrastructure.Events;

/// <summary>Something about an article changed; listeners re-read what they show. Carries ids only.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Kind">What kind of change ("Workflow", "Text").</param>
/// <param name="Log">
/// The entries this change added to the article's log, when it added any: the log's sequence orders an
/// article's changes, so a page that last saw entry N and hears of a change starting after N + 1 knows it
/// missed one (docs/architecture.md §7). Null for presence and for a resync.
/// </param>
public sealed record ArticleChanged(Guid ArticleId, string Kind, LogRange? Log = null)
{
    /// <summary>The kind that means "something may have been missed": re-read everything.</summary>
    public const string Resync = "Resync";

    /// <summary>The kind that means "someone opened or left the article, or began or stopped editing it".</summary>
    public const string Presence = "Presence";
}
