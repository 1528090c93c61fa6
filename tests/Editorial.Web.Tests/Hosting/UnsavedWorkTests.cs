using Editorial.Web.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace Editorial.Web.Tests.Hosting;

/// <summary>Open pages keep their unsaved work when the instance stops (with a browser: ScaleOutTests).</summary>
public sealed class UnsavedWorkTests
{
    [Fact]
    public async Task WhenTheInstanceStops_EveryOpenPageKeepsItsWork_EvenIfAnotherOneFails_AndAClosedPageIsNotAsked()
    {
        var work = new UnsavedWork(NullLogger<UnsavedWork>.Instance);
        var kept = new List<string>();
        using var failing = work.Register(() => throw new InvalidOperationException("the database is gone"));
        using var open = work.Register(() =>
        {
            kept.Add("open");
            return Task.CompletedTask;
        });
        var closed = work.Register(() =>
        {
            kept.Add("closed");
            return Task.CompletedTask;
        });
        closed.Dispose();

        await work.StoppingAsync(CancellationToken.None);

        Assert.Equal(["open"], kept);
    }
}
