using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace Editorial.Infrastructure.Events;

/// <summary>Someone with an article open.</summary>
/// <param name="UserId">Who.</param>
/// <param name="Name">Their display name.</param>
/// <param name="IsEditing">Whether they have its editor open.</param>
public sealed record Presence(string UserId, string Name, bool IsEditing);

/// <summary>
/// Who has which article open, and who is editing it, across every app instance. Pages join when they
/// open and leave when they close (or their connection ends); every change is announced on the article
/// bus so that open pages re-read it (docs/architecture.md §7: presence rides the same bus). Pages open
/// on other instances arrive through <see cref="IPresenceRelay"/>: each instance announces its own
/// pages when they open and close, again every <see cref="Heartbeat"/>, and whenever another instance
/// (re)connects; a remote page not heard of for <see cref="Expiry"/> (its instance died) is forgotten.
/// </summary>
public sealed class PresenceTracker : IHostedService, IDisposable
{
    /// <summary>How often an instance re-announces its open pages.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(30);

    /// <summary>How long a remote page counts as open without being announced again.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(90);

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Presence>> _open = new();
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, (Presence Who, DateTimeOffset Heard)>> _remote = new();
    private readonly IArticleEvents _events;
    private readonly IPresenceRelay? _relay;
    private readonly TimeProvider _clock;
    private ITimer? _heartbeat;

    /// <summary>Presence within this instance only.</summary>
    public PresenceTracker(IArticleEvents events)
        : this(events, null, TimeProvider.System)
    {
    }

    /// <summary>Presence across the instances <paramref name="relay"/> connects.</summary>
    public PresenceTracker(IArticleEvents events, IPresenceRelay? relay, TimeProvider clock)
    {
        (_events, _relay, _clock) = (events, relay, clock);
        if (relay is not null)
        {
            relay.Heard += OnHeard;
            relay.Connected += OnConnected;
        }
    }

    /// <summary>Records that a page shows the article; dispose the result when the page closes.</summary>
    public IDisposable Join(Guid articleId, Presence presence)
    {
        var page = Guid.NewGuid();
        _open.GetOrAdd(articleId, _ => new()).TryAdd(page, presence);
        _events.Publish(new ArticleChanged(articleId, ArticleChanged.Presence));
        _relay?.Announce(new PresenceAnnouncement(PresenceAnnouncement.Join, articleId, page, presence));
        return new Leave(() =>
        {
            if (_open.TryGetValue(articleId, out var pages) && pages.TryRemove(page, out _))
            {
                _events.Publish(new ArticleChanged(articleId, ArticleChanged.Presence));
                _relay?.Announce(new PresenceAnnouncement(PresenceAnnouncement.Leave, articleId, page, null));
            }
        });
    }

    /// <summary>Everyone with the article open on any instance (one entry per person; editing wins), by name.</summary>
    public IReadOnlyList<Presence> Of(Guid articleId)
    {
        var local = _open.TryGetValue(articleId, out var pages) ? pages.Values : [];
        var since = _clock.GetUtcNow() - Expiry;
        var remote = _remote.TryGetValue(articleId, out var others)
            ? others.Values.Where(r => r.Heard > since).Select(r => r.Who)
            : [];
        return local.Concat(remote)
            .GroupBy(p => p.UserId)
            .Select(g => g.OrderByDescending(p => p.IsEditing).First())
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_relay is not null)
        {
            _heartbeat = _clock.CreateTimer(_ => AnnounceOpenPages(), null, Heartbeat, Heartbeat);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        // A stopping instance's pages close now for the others, rather than when they expire.
        foreach (var (articleId, pages) in _open)
        {
            foreach (var page in pages.Keys)
            {
                _relay?.Announce(new PresenceAnnouncement(PresenceAnnouncement.Leave, articleId, page, null));
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _heartbeat?.Dispose();

    private void AnnounceOpenPages()
    {
        foreach (var (articleId, pages) in _open)
        {
            foreach (var (page, who) in pages)
            {
                _relay!.Announce(new PresenceAnnouncement(PresenceAnnouncement.Join, articleId, page, who));
            }
        }
    }

    // This instance (re)connected: ask the others who is here, and tell them who is here.
    private void OnConnected()
    {
        _relay!.Announce(new PresenceAnnouncement(PresenceAnnouncement.Hello, Guid.Empty, Guid.NewGuid(), null));
        AnnounceOpenPages();
    }

    private void OnHeard(PresenceAnnouncement heard)
    {
        switch (heard.Kind)
        {
            case PresenceAnnouncement.Hello:
                AnnounceOpenPages();
                break;
            case PresenceAnnouncement.Join when heard.Who is { } who:
                var pages = _remote.GetOrAdd(heard.ArticleId, _ => new());
                var isNew = !pages.TryGetValue(heard.Page, out var before) || before.Who != who;
                pages[heard.Page] = (who, _clock.GetUtcNow());
                if (isNew)
                {
                    _events.Publish(new ArticleChanged(heard.ArticleId, ArticleChanged.Presence));
                }

                break;
            case PresenceAnnouncement.Leave:
                if (_remote.TryGetValue(heard.ArticleId, out var open) && open.TryRemove(heard.Page, out _))
                {
                    _events.Publish(new ArticleChanged(heard.ArticleId, ArticleChanged.Presence));
                }

                break;
        }
    }

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
