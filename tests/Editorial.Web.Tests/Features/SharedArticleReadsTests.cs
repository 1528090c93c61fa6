using Editorial.Web.Features;

namespace Editorial.Web.Tests.Features;

public sealed class SharedArticleReadsTests
{
    private static readonly Guid Article = Guid.NewGuid();

    [Fact]
    public async Task PagesThatMustSeeTheSameChange_ShareOneRead()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var count = 0;
        var release = new TaskCompletionSource();
        async Task<string> Read(CancellationToken _)
        {
            Interlocked.Increment(ref count);
            await release.Task;
            return "threads at 5";
        }

        var pages = Enumerable.Range(0, 50).Select(_ => reads.ReadAsync("threads", Article, 5, Read, CancellationToken.None)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(pages), value => Assert.Equal("threads at 5", value));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task ALaterChange_IsReadAgain_AndItsReadServesPagesBehindIt()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var count = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref count));

        Assert.Equal(1, await reads.ReadAsync("text", Article, 5, Read, CancellationToken.None));
        Assert.Equal(2, await reads.ReadAsync("text", Article, 6, Read, CancellationToken.None));
        // A page still at entry 5 may see more than it must, never less.
        Assert.Equal(2, await reads.ReadAsync("text", Article, 5, Read, CancellationToken.None));
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task WithoutAHead_EveryCallerReadsAlone()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var count = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref count));

        await reads.ReadAsync("text", Article, null, Read, CancellationToken.None);
        await reads.ReadAsync("text", Article, null, Read, CancellationToken.None);

        Assert.Equal(2, count);
        Assert.Equal(0, reads.Count);
    }

    [Fact]
    public async Task PartsAndArticles_AreReadSeparately()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var count = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(Interlocked.Increment(ref count));

        await reads.ReadAsync("text", Article, 5, Read, CancellationToken.None);
        await reads.ReadAsync("claims", Article, 5, Read, CancellationToken.None);
        await reads.ReadAsync("text", Guid.NewGuid(), 5, Read, CancellationToken.None);

        Assert.Equal(3, count);
    }

    [Fact]
    public async Task AFailedRead_IsNotKept()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var attempts = 0;
        Task<string> Read(CancellationToken _) => ++attempts == 1
            ? Task.FromException<string>(new InvalidOperationException("database not reachable"))
            : Task.FromResult("read");

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.ReadAsync("text", Article, 5, Read, CancellationToken.None));

        Assert.Equal("read", await reads.ReadAsync("text", Article, 5, Read, CancellationToken.None));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task APageThatLeaves_DoesNotCancelTheReadOthersWaitFor()
    {
        var reads = new SharedArticleReads(TimeProvider.System);
        var release = new TaskCompletionSource();
        async Task<string> Read(CancellationToken token)
        {
            await release.Task;
            token.ThrowIfCancellationRequested();
            return "read";
        }

        using var leaving = new CancellationTokenSource();
        var left = reads.ReadAsync("text", Article, 5, Read, leaving.Token);
        var staying = reads.ReadAsync("text", Article, 5, Read, CancellationToken.None);
        await leaving.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => left);
        Assert.Equal("read", await staying);
    }

    [Fact]
    public async Task ReadsNotAskedForAMinute_AreForgotten()
    {
        var clock = new SettableClock();
        var reads = new SharedArticleReads(clock);
        Task<int> Read(CancellationToken _) => Task.FromResult(1);
        await reads.ReadAsync("text", Article, 5, Read, CancellationToken.None);
        await reads.ReadAsync("claims", Article, 5, Read, CancellationToken.None);
        Assert.Equal(2, reads.Count);

        clock.Now += TimeSpan.FromSeconds(61);
        await reads.ReadAsync("text", Guid.NewGuid(), 1, Read, CancellationToken.None);

        Assert.Equal(1, reads.Count);
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
