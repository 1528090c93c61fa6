using System.Collections.Concurrent;

namespace Editorial.Infrastructure.Events;

/// <summary>Someone with an article open.</summary>
/// <param name="UserId">Who.</param>
/// <param name="Name">Their display name.</param>
/// <param name="IsEditing">Whether they have its editor open.</param>
public sealed record Presence(string UserId, string Name, bool IsEditing);

/// <summary>
/// Who has which article open, and who is editing it, in this app instance. Pages join when they
/// open and leave when they close (or their connection ends); every change is announced on the
/// article bus so that open pages re-read it (docs/architecture.md §7: presence rides the same bus).
/// </summary>
public sealed class PresenceTracker(IArticleEvents events)
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Presence>> _open = new();

    /// <summary>Records that a page shows the article; dispose the result when the page closes.</summary>
    public IDisposable Join(Guid articleId, Presence presence)
    {
        var key = Guid.NewGuid();
        _open.GetOrAdd(articleId, _ => new()).TryAdd(key, presence);
        events.Publish(new ArticleChanged(articleId, "Presence"));
        return new Leave(() =>
        {
            if (_open.TryGetValue(articleId, out var pages) && pages.TryRemove(key, out _))
            {
                events.Publish(new ArticleChanged(articleId, "Presence"));
            }
        });
    }

    /// <summary>Everyone with the article open (one entry per person; editing wins), by name.</summary>
    public IReadOnlyList<Presence> Of(Guid articleId) =>
        _open.TryGetValue(articleId, out var pages)
            ? pages.Values.GroupBy(p => p.UserId)
                .Select(g => g.OrderByDescending(p => p.IsEditing).First())
                .OrderBy(p => p.Name, StringComparer.CurrentCulture)
                .ToList()
            : [];

    private sealed class Leave(Action leave) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                leave();
            }
        }
    }
}
