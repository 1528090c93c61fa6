using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Events;

/// <summary>The article bus for a single app instance: subscribers in this process hear every change.</summary>
public sealed class InProcessArticleEvents(ILogger<InProcessArticleEvents> logger) : IArticleEvents
{
    private readonly Subscribers<Guid, ArticleChanged> _subscribers = new(logger);

    /// <inheritdoc />
    public void Publish(ArticleChanged change) => _subscribers.Publish(change.ArticleId, change);

    /// <summary>
    /// Tells every open page of every article to re-read what it shows (<see cref="ArticleChanged.Resync"/>):
    /// after a gap in which changes may have been missed.
    /// </summary>
    /// <returns>How many articles' pages were told.</returns>
    public int ResyncAll() => _subscribers.PublishToAll(id => new ArticleChanged(id, ArticleChanged.Resync));

    /// <inheritdoc />
    public IDisposable Subscribe(Guid articleId, Func<ArticleChanged, Task> handler) => _subscribers.Subscribe(articleId, handler);
}
