using Editorial.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Editorial.Web.Tests.Hosting;

/// <summary>
/// What a stopping instance answers (the whole stop, with two instances, a proxy and a browser, is
/// in tests/Editorial.EndToEndTests/ScaleOutTests.cs).
/// </summary>
public sealed class StoppingInstanceTests : IDisposable
{
    private readonly Lifetime _lifetime = new();

    public void Dispose() => _lifetime.Dispose();

    [Fact]
    public async Task WhileRunning_TheLiveConnectionPassesThrough_AndIsCutWhenTheStopBegins()
    {
        var passedOn = false;
        var context = LiveConnection();
        var aborted = false;
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature>(new AbortRecorder(() => aborted = true));
        var gate = new StoppingInstance(_ =>
        {
            passedOn = true;
            _lifetime.Stop();
            return Task.CompletedTask;
        }, _lifetime);

        await gate.InvokeAsync(context);

        Assert.True(passedOn);
        Assert.True(aborted, "a live connection open when the stop began was left open");
    }

    [Fact]
    public async Task OnceStopping_TheLiveConnectionIs503WithRetryAfter_AndOtherRequestsPass()
    {
        _lifetime.Stop();
        var passedOn = new List<string>();
        var gate = new StoppingInstance(c =>
        {
            passedOn.Add(c.Request.Path);
            return Task.CompletedTask;
        }, _lifetime);

        var live = LiveConnection();
        await gate.InvokeAsync(live);
        var page = new DefaultHttpContext();
        page.Request.Path = "/articles";
        await gate.InvokeAsync(page);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, live.Response.StatusCode);
        Assert.Equal("1", live.Response.Headers.RetryAfter.ToString());
        Assert.Equal(["/articles"], passedOn);
    }

    [Fact]
    public async Task Readiness_IsHealthyWhileRunning_AndUnhealthyOnceStopping()
    {
        var check = new StoppingInstance.ReadinessCheck(_lifetime);

        var running = await check.CheckHealthAsync(new HealthCheckContext());
        _lifetime.Stop();
        var stopping = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, running.Status);
        Assert.Equal(HealthStatus.Unhealthy, stopping.Status);
    }

    private static DefaultHttpContext LiveConnection()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/_blazor";
        context.Response.Body = new MemoryStream();
        return context;
    }

    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void Stop() => _stopping.Cancel();

        public void StopApplication() => Stop();

        public void Dispose() => _stopping.Dispose();
    }

    private sealed class AbortRecorder(Action onAbort) : Microsoft.AspNetCore.Http.Features.IHttpRequestLifetimeFeature
    {
        public CancellationToken RequestAborted { get; set; }

        public void Abort() => onAbort();
    }
}
