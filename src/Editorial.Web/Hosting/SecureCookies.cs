using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Hosting;

/// <summary>
/// Marks every cookie the app sets (sign-in, the other Identity cookies, antiforgery) Secure when
/// HTTPS is required; otherwise Secure exactly when the request came over HTTPS.
/// </summary>
public sealed class SecureCookies(IOptions<HostingOptions> hosting, IHostEnvironment environment)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IPostConfigureOptions<AntiforgeryOptions>
{
    private CookieSecurePolicy Policy =>
        hosting.Value.HttpsRequiredIn(environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    /// <inheritdoc />
    public void PostConfigure(string? name, CookieAuthenticationOptions options) => options.Cookie.SecurePolicy = Policy;

    /// <inheritdoc />
    public void PostConfigure(string? name, AntiforgeryOptions options) => options.Cookie.SecurePolicy = Policy;
}
