namespace Editorial.Web.Security;

/// <summary>
/// How requests authenticate: pages with the sign-in cookie; the API with bearer tokens and personal
/// access tokens. The cookie reaches the API only for reading (so that a signed-in browser can open an
/// export or the printable report): no cookie can change anything through the API, from any origin.
/// </summary>
public static class AuthenticationSchemes
{
    /// <summary>Picks the scheme per request (see <see cref="Select"/>).</summary>
    public const string CookieOrToken = "CookieOrToken";

    /// <summary>Identity bearer tokens, re-checked against the account (<see cref="RevalidatedBearerHandler"/>).</summary>
    public const string Bearer = "RevalidatedBearer";

    /// <summary>Personal access tokens ("Bearer edt_…").</summary>
    public const string PersonalAccessToken = "PersonalAccessToken";

    /// <summary>
    /// A personal access token when the header carries one, a bearer token for any other "Bearer"
    /// header; without one, the sign-in cookie — except for an API call that changes something, which
    /// then has no credentials at all and is answered 401.
    /// </summary>
    public static string Select(HttpContext context)
    {
        var request = context.Request;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].TrimStart().StartsWith(Infrastructure.Identity.PersonalAccessToken.Prefix, StringComparison.Ordinal)
                ? PersonalAccessToken
                : Bearer;
        }

        var isApi = request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        var changesSomething = !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
        return isApi && changesSomething ? Bearer : Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
    }
}
