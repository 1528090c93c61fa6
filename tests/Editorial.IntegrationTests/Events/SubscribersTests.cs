using Editorial.Infrastructure.Events;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.IntegrationTests.Events;

/// <summary>The in-process bus forgets an article once its last open page leaves.</summary>
public sealed class SubscribersTests
{
    [Fact]
    public async Task AKey_IsForgotten_WhenItsLastHandlerLeaves_AndCanBeSubscribedAgain()
    {
        var subscribers = new Subscribers<Guid, string>(NullLogger.Instance);
        var article = Guid.NewGuid();
        var first = subscribers.Subscribe(article, _ => Task.CompletedTask);
        var second = subscribers.Subscribe(article, _ => Task.CompletedTask);

        first.Dispose();
        Assert.Equal(1, subscribers.KeyCount);
        second.Dispose();
        second.Dispose();
        Assert.Equal(0, subscribers.KeyCount);

        var received = new TaskCompletionSource<string>();
        using var again = subscribers.Subscribe(article, m => { received.TrySetResult(m); return Task.CompletedTask; });
        subscribers.Publish(article, "changed");
        Assert.Equal("changed", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ManyPagesOpeningAndClosing_LeaveNoKeysBehind()
    {
        var subscribers = new Subscribers<Guid, string>(NullLogger.Instance);
        var articles = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        await Parallel.ForEachAsync(Enumerable.Range(0, 2000), async (i, _) =>
        {
            using var page = subscribers.Subscribe(articles[i % articles.Count], _ => Task.CompletedTask);
            await Task.Yield();
        });

        Assert.Equal(0, subscribers.KeyCount);
    }
}
