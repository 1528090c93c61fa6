using Yarp.ReverseProxy.Model;

namespace Editorial.Proxy;

/// <summary>
/// Names the instance that answered in every proxied response (<see cref="Name"/>: the destination
/// id of the configuration, e.g. <c>app-1</c>), so that an operator, a support ticket or a test can
/// tell where a user's session lives. It carries no address or version.
/// </summary>
public static class InstanceHeader
{
    /// <summary>Header name.</summary>
    public const string Name = "X-Editorial-Instance";

    /// <summary>Proxy pipeline step: adds the header once the destination is chosen.</summary>
    public static Task AddAsync(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            if (context.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } destination)
            {
                context.Response.Headers[Name] = destination.DestinationId;
            }

            return Task.CompletedTask;
        });
        return next();
    }
}
