namespace Editorial.Web.Security;

/// <summary>
/// Headers every response carries: a Content-Security-Policy that Blazor and MudBlazor work under
/// (scripts only from the app itself or with this response's nonce; no <c>eval</c>), no framing, no
/// MIME sniffing, no referrer to other sites, and no powerful browser features.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// For HTML built from user text and opened on its own (the printable fact-check report): no
    /// script at all, a sandboxed unique origin, its own inline styles only.
    /// </summary>
    public const string SandboxedDocumentPolicy =
        "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>The policy of the app's own pages, with <paramref name="nonce"/> for its inline script elements.</summary>
    public static string PagePolicy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Adds the headers as the response starts — after the exception handler, which clears headers,
    /// has had its say — keeping a policy the endpoint set itself (the sandboxed report).
    /// </summary>
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = PagePolicy(CspNonce.Of(context));
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
