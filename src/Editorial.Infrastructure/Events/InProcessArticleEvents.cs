using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Events;

/// <summary>The bus for a single app instance: subscribers in this process hear every change.</summary>
public sealed class InProcessArticleEvents(ILogger<InProcessArticleEvents> logger) : IArticleEvents
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Func<ArticleChanged, Task>>> _subscribers = new();

    /// <inheritdoc />
    public void Publish(ArticleChanged change)
    {
        if (!_subscribers.TryGetValue(change.ArticleId, out var handlers))
        {
            return;
        }

        foreach (var handler in handlers.Values)
        {
            // Fire and forget: one slow or failing page must not hold up the action that published.
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(change);
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "A subscriber to article {ArticleId} failed", change.ArticleId);
                }
            });
        }
    }

    /// <inheritdoc />
    public IDisposable Subscribe(Guid articleId, Func<ArticleChanged, Task> handler)
    {
        var key = Guid.NewGuid();
        _subscribers.GetOrAdd(articleId, _ => new()).TryAdd(key, handler);
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(articleId, out var handlers))
            {
                handlers.TryRemove(key, out _);
            }
        });
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
