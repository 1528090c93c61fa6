using Editorial.Infrastructure.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.IntegrationTests.Articles;

public sealed class PresenceTrackerTests
{
    [Fact]
    public async Task JoiningAndLeaving_IsTracked_AndAnnounced()
    {
        var bus = new InProcessArticleEvents(NullLogger<InProcessArticleEvents>.Instance);
        var tracker = new PresenceTracker(bus);
        var article = Guid.NewGuid();
        var announced = new SemaphoreSlim(0);
        using var subscription = bus.Subscribe(article, _ =>
        {
            announced.Release();
            return Task.CompletedTask;
        });

        var reading = tracker.Join(article, new Presence("farid", "Farid", IsEditing: false));
        var editing = tracker.Join(article, new Presence("erin", "Erin", IsEditing: true));
        var alsoReading = tracker.Join(article, new Presence("erin", "Erin", IsEditing: false));

        Assert.Equal([("Erin", true), ("Farid", false)], tracker.Of(article).Select(p => (p.Name, p.IsEditing)));
        editing.Dispose();
        editing.Dispose();
        Assert.Equal([("Erin", false), ("Farid", false)], tracker.Of(article).Select(p => (p.Name, p.IsEditing)));
        reading.Dispose();
        alsoReading.Dispose();
        Assert.Empty(tracker.Of(article));
        for (var i = 0; i < 6; i++)
        {
            Assert.True(await announced.WaitAsync(TimeSpan.FromSeconds(5)));
        }
    }
}
