using Editorial.Web.Security;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Editorial.Web.Hosting;

/// <summary>
/// What a stopping instance (SIGTERM) tells the world, so that its live connections move to another
/// instance at once and the stop ends when the requests in flight do. ASP.NET Core closes the live
/// connections when the stop begins, but the browser reconnects at once, and a connection accepted in
/// that moment kept the process alive until the shutdown timeout (25 s, measured). So while stopping,
/// the live connection is refused with 503 (the browser retries, through the proxy, on a running
/// instance), one that began just before is cut, and readiness says 503 so the proxy stops sending
/// new sessions here.
/// </summary>
public sealed class StoppingInstance(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    /// <summary>Refuses or ends the live connection once the instance is stopping.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(LiveConnectionOriginCheck.HubPath, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            await context.Response.WriteAsync("This server is restarting; the page reconnects to another one.");
            return;
        }

        // Cancelling the request is not enough: the live connection's transport runs on regardless.
        await using var cut = lifetime.ApplicationStopping.Register(context.Abort);
        await next(context);
    }

    /// <summary>The readiness check: unhealthy from the moment the instance begins to stop.</summary>
    public sealed class ReadinessCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        /// <inheritdoc />
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("This instance is stopping.")
                : HealthCheckResult.Healthy());
    }
}
