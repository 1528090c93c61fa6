namespace Editorial.Web.Features.Mail;

/// <summary>
/// <c>POST /mail/unsubscribe/one-click?token=…</c>: the one-click unsubscribe of RFC 8058 (the address in
/// <c>List-Unsubscribe</c>, posted by a mail client) and the unsubscribe page's button. No sign-in and no antiforgery
/// token: the signed token is the credential, and nobody without it can use the link.
/// </summary>
public static class MailEndpoints
{
    /// <summary>Where a one-click unsubscribe is posted.</summary>
    public const string OneClickPath = "/mail/unsubscribe/one-click";

    /// <summary>Maps it (and sends a browser that opens it to the page that asks first).</summary>
    public static IEndpointRouteBuilder MapMailEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(OneClickPath, (string? token) => Results.Redirect($"/mail/unsubscribe?token={Uri.EscapeDataString(token ?? string.Empty)}"))
            .AllowAnonymous();
        endpoints.MapPost(OneClickPath, async (HttpContext http, MailPreferencesService preferences, string? token, CancellationToken ct) =>
        {
            if (!await preferences.UnsubscribeAsync(token, ct))
            {
                return Results.BadRequest("This unsubscribe link is not valid.");
            }

            // A mail client posting one-click wants no page; a person who pressed the button sees it done.
            return http.Request.HasFormContentType && http.Request.Form.ContainsKey("List-Unsubscribe")
                ? Results.Ok()
                : Results.Redirect($"/mail/unsubscribe?done=true");
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }
}
