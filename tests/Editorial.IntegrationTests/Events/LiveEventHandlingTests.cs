using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Telemetry;
using Editorial.IntegrationTests.Observability;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.IntegrationTests.Events;

/// <summary>
/// How long open pages take to handle a change is measured per page, from the change being published to the
/// page's handler being done (re-read and rendered). The meter is the process's, so this runs alone.
/// </summary>
[Collection(ProcessWideCounters.Name)]
public sealed class LiveEventHandlingTests
{
    [Fact]
    public async Task EveryPage_RecordsTheTimeFromThePublishToItsHandlerBeingDone()
    {
        var handled = new ConcurrentQueue<double>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EditorialTelemetry.Name && instrument.Name == "editorial.live_events.handling")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<double>((_, value, _, _) => handled.Enqueue(value));
        meters.Start();
        var bus = new InProcessArticleEvents(NullLogger<InProcessArticleEvents>.Instance);
        var article = Guid.NewGuid();
        var release = new SemaphoreSlim(0);
        using var slowPage = bus.Subscribe(article, _ => release.WaitAsync());
        using var quickPage = bus.Subscribe(article, _ => Task.CompletedTask);

        // The slow page is done only once released, at least 100 ms (on the same clock) after the publish.
        var beforePublish = Stopwatch.GetTimestamp();
        bus.Publish(new ArticleChanged(article, "Text"));
        while (Stopwatch.GetElapsedTime(beforePublish) < TimeSpan.FromMilliseconds(100))
        {
            await Task.Delay(10);
        }

        release.Release();
        await WaitUntil(() => handled.Count >= 2);

        Assert.Equal(2, handled.Count);
        // Less a margin for the moment between this test's clock reading and the publish's own.
        Assert.Contains(handled, ms => ms >= 95);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
