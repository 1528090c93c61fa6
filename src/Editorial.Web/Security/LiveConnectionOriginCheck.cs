using Editorial.Web.Hosting;

namespace Editorial.Web.Security;

/// <summary>
/// Refuses the live connection (<c>/_blazor</c>: WebSockets, server-sent events, long polling and
/// negotiation) to pages of any origin but the app's own, so that a page elsewhere on the same site
/// (another port or subdomain) cannot drive a signed-in user's session with their cookie.
/// </summary>
public sealed class LiveConnectionOriginCheck(RequestDelegate next, PublicAddress publicAddress, ILogger<LiveConnectionOriginCheck> logger)
{
    /// <summary>Where Blazor's hub listens.</summary>
    public const string HubPath = "/_blazor";

    /// <summary>Lets the request through, or answers 403.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase) && !IsFromOwnOrigin(context.Request))
        {
            logger.LogWarning("Live connection refused: origin {Origin} is not this app's", context.Request.Headers.Origin.ToString());
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("This connection is only accepted from the app's own pages.");
            return;
        }

        await next(context);
    }

    private bool IsFromOwnOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (!string.IsNullOrEmpty(origin))
        {
            return publicAddress.AllowsOrigin(origin, request);
        }

        // Browsers send Origin on every WebSocket handshake and POST; a same-origin GET (server-sent
        // events) may come without it, and then Fetch Metadata still names a foreign page.
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site is "" or "same-origin" or "none";
    }
}
