using System.Collections.Concurrent;
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
        var done = new CountdownEvent(2);
        using var slowPage = bus.Subscribe(article, async _ =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(60));
            done.Signal();
        });
        using var quickPage = bus.Subscribe(article, _ =>
        {
            done.Signal();
            return Task.CompletedTask;
        });

        bus.Publish(new ArticleChanged(article, "Text"));

        Assert.True(done.Wait(TimeSpan.FromSeconds(10)));
        await WaitUntil(() => handled.Count >= 2);
        Assert.Equal(2, handled.Count);
        Assert.Contains(handled, ms => ms >= 60);
        Assert.Contains(handled, ms => ms < 60);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
