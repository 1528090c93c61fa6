using Editorial.Web.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Hosting;

/// <summary>
/// How the app stands on the internet (<see cref="HostingOptions"/>): its public address, the
/// proxies it believes, HTTPS, HSTS and Secure cookies.
/// </summary>
public static class PublicHosting
{
    /// <summary>Registers the options (validated at startup) and what follows from them.</summary>
    public static IServiceCollection AddPublicHosting(this IServiceCollection services)
    {
        services.AddOptions<HostingOptions>().BindConfiguration(HostingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>();
        services.AddSingleton<PublicAddress>();
        // Links in webhooks and mail use the same public address as every other absolute URL.
        services.AddSingleton(sp => new Editorial.Infrastructure.Outbox.PublicLinks(() => sp.GetRequiredService<PublicAddress>().BaseUrl));

        // Read when the options are first used (not here): tests and hosts add configuration after this runs.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HostingOptions>>((options, hostingOptions) =>
        {
            var hosting = hostingOptions.Value;
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Without configured proxies the defaults stand: only a proxy on this machine (loopback) is believed.
            if (hosting.TrustedProxies.Count > 0 || hosting.TrustedNetworks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                hosting.TrustedProxies.ForEach(p => options.KnownProxies.Add(System.Net.IPAddress.Parse(p)));
                hosting.TrustedNetworks.ForEach(n => options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(n)));
            }
        });
        // With a public address and no AllowedHosts of its own, the app answers only to its public
        // names (and to loopback, for the container's health probe): a forged Host gets 400.
        services.AddOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>()
            .PostConfigure<IOptions<HostingOptions>>((filtering, hostingOptions) =>
            {
                var hosting = hostingOptions.Value;
                if (string.IsNullOrWhiteSpace(hosting.PublicBaseUrl) || filtering.AllowedHosts.Any(h => h != "*"))
                {
                    return;
                }

                filtering.AllowedHosts = new[] { hosting.PublicBaseUrl! }.Concat(hosting.AdditionalOrigins)
                    .Select(url => new Uri(url).Host)
                    .Concat(["localhost", "127.0.0.1", "[::1]"])
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
            });
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SecureCookies>();
        services.AddSingleton<IPostConfigureOptions<AntiforgeryOptions>, SecureCookies>();
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    /// <summary>
    /// First in the pipeline: takes the client's address and scheme from a trusted proxy, then, when
    /// HTTPS is required, redirects plain HTTP and sends HSTS.
    /// </summary>
    public static WebApplication UsePublicHosting(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.HttpsRequiredIn(app.Environment))
        {
            app.UseMiddleware<HttpsOnly>();
            app.UseHsts();
        }

        return app;
    }
}
