using Editorial.Web.Hosting;

namespace Editorial.Web.Security;

/// <summary>
/// When HTTPS is required, sends plain-HTTP requests to the same path at the public HTTPS address
/// (308, so a form post stays a post). Health checks stay reachable over HTTP for the container's
/// own probe. Behind a proxy, "plain" is what the trusted proxy's X-Forwarded-Proto says.
/// </summary>
public sealed class HttpsOnly(RequestDelegate next, PublicAddress publicAddress)
{
    /// <summary>Redirects, or lets the request through.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.IsHttps || request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status308PermanentRedirect;
        context.Response.Headers.Location = publicAddress.UrlFor(request.Path.ToUriComponent() + request.QueryString.ToUriComponent());
        return Task.CompletedTask;
    }
}
