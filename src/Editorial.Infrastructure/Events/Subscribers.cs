using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Editorial.Infrastructure.Events;

/// <summary>
/// Handlers registered per key (an article, a user) in this process. Publishing runs each handler
/// on its own, so one slow or failing page never holds up the action that published.
/// </summary>
/// <typeparam name="TKey">What handlers subscribe to.</typeparam>
/// <typeparam name="TMessage">What they receive.</typeparam>
public sealed class Subscribers<TKey, TMessage>(ILogger logger)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, ConcurrentDictionary<Guid, Func<TMessage, Task>>> _handlers = new();

    // Subscribing and unsubscribing (a page opens or closes) are rare: one lock keeps a key's removal,
    // once its last handler leaves, from racing a new subscriber. Publishing takes no lock.
    private readonly Lock _gate = new();

    /// <summary>How many keys have handlers now (a key is forgotten when its last handler leaves).</summary>
    public int KeyCount => _handlers.Count;

    /// <summary>Runs every handler of <paramref name="key"/> with <paramref name="message"/>.</summary>
    public void Publish(TKey key, TMessage message)
    {
        if (!_handlers.TryGetValue(key, out var handlers))
        {
            return;
        }

        var published = Stopwatch.GetTimestamp();
        foreach (var handler in handlers.Values)
        {
            Telemetry.EditorialTelemetry.LiveEventDeliveries.Add(1);
            _ = Task.Run(async () =>
            {
                try
                {
                    await handler(message);
                    Telemetry.EditorialTelemetry.LiveEventHandling.Record(Stopwatch.GetElapsedTime(published).TotalMilliseconds);
                }
                catch (Exception e)
                {
                    logger.LogWarning(e, "A subscriber to {Key} failed", key);
                }
            });
        }
    }

    /// <summary>Runs every handler of every key with the message <paramref name="messageFor"/> makes for its key.</summary>
    /// <returns>How many keys were told.</returns>
    public int PublishToAll(Func<TKey, TMessage> messageFor)
    {
        var keys = _handlers.Keys.ToList();
        keys.ForEach(key => Publish(key, messageFor(key)));
        return keys.Count;
    }

    /// <summary>Registers <paramref name="handler"/> for <paramref name="key"/> until the result is disposed.</summary>
    public IDisposable Subscribe(TKey key, Func<TMessage, Task> handler)
    {
        var id = Guid.NewGuid();
        lock (_gate)
        {
            _handlers.GetOrAdd(key, _ => new()).TryAdd(id, handler);
        }

        return new Subscription(() =>
        {
            lock (_gate)
            {
                if (_handlers.TryGetValue(key, out var handlers) && handlers.TryRemove(id, out _) && handlers.IsEmpty)
                {
                    _handlers.TryRemove(key, out _);
                }
            }
        });
    }

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        public void Dispose() => unsubscribe();
    }
}
