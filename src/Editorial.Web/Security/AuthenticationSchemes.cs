namespace Editorial.Web.Security;

/// <summary>How requests authenticate: browsers with the sign-in cookie, scripts with a bearer token.</summary>
public static class AuthenticationSchemes
{
    /// <summary>Picks the scheme per request from its Authorization header (see <see cref="Select"/>).</summary>
    public const string CookieOrToken = "CookieOrToken";

    /// <summary>Personal access tokens ("Bearer edt_…").</summary>
    public const string PersonalAccessToken = "PersonalAccessToken";

    /// <summary>
    /// A personal access token when the header carries one, an Identity bearer token for any other
    /// "Bearer" header, else the browser's sign-in cookie.
    /// </summary>
    public static string Select(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme;
        }

        return header["Bearer ".Length..].TrimStart().StartsWith(Infrastructure.Identity.PersonalAccessToken.Prefix, StringComparison.Ordinal)
            ? PersonalAccessToken
            : Microsoft.AspNetCore.Identity.IdentityConstants.BearerScheme;
    }
}
