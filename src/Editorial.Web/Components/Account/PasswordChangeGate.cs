using Editorial.Web.Api;

namespace Editorial.Web.Components.Account;

/// <summary>
/// Keeps a user whose password someone else chose (<see cref="EditorialClaims.MustChangePassword"/>)
/// to the password page until they choose their own: pages redirect there, the API answers 403.
/// Account pages, sign-out, health checks and static files stay reachable.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    /// <summary>Where the user chooses their password.</summary>
    public const string PasswordPage = "/account/password";

    private static readonly string[] Open = ["/account", "/_framework", "/_content", "/health", "/not-found", "/error"];

    /// <summary>Lets the request through, or sends the user to choose a password.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(c => c.Type == EditorialClaims.MustChangePassword)
            && !Open.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            && !(Path.HasExtension(path.Value) && !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)))
        {
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await context.WriteProblemAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Title = "Forbidden.",
                    Status = StatusCodes.Status403Forbidden,
                    Detail = "Choose your own password first (your password was set by someone else).",
                }, cancellationToken: context.RequestAborted);
                return;
            }

            context.Response.Redirect(PasswordPage);
            return;
        }

        await next(context);
    }
}
