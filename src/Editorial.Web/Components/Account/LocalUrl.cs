namespace Editorial.Web.Components.Account;

/// <summary>Guards redirects after sign-in against sending users to another site.</summary>
public static class LocalUrl
{
    /// <summary><paramref name="returnUrl"/> when it is a path on this site, else "/".</summary>
    public static string OrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";
}
