using Editorial.Infrastructure.Events;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// How far into an article's log an open page has read, so that it re-reads only what a live event made
/// stale, skips an event it has already taken in (its own action's, read together with an earlier one),
/// and re-reads everything when an event shows it missed one (a notification lost between instances).
/// The article's log sequence orders its changes: each change adds the entries after the last
/// (<see cref="ArticleChanged.Log"/>).
/// </summary>
public sealed class SeenChanges
{
    // The last log entry this page has read or is about to read; never moves back.
    private long _seen;

    /// <summary>The last log entry the page has read or is about to read.</summary>
    public long Seen => _seen;

    /// <summary>
    /// The page is about to read everything, and the log ended at <paramref name="head"/> before it began,
    /// so every change up to <paramref name="head"/> is in what it reads.
    /// </summary>
    public void ReadingAllFrom(long head) => _seen = Math.Max(_seen, head);

    /// <summary>What <paramref name="change"/> makes stale on this page, taking it as read.</summary>
    public ArticleParts PartsToRead(ArticleChanged change)
    {
        var parts = ArticlePartsOf.ChangedBy(change.Kind);
        if (change.Log is not { } log)
        {
            return parts;
        }

        if (log.Last <= _seen)
        {
            return ArticleParts.None;
        }

        var missedOne = log.First > _seen + 1;
        _seen = log.Last;
        return missedOne ? ArticleParts.All : parts;
    }
}
