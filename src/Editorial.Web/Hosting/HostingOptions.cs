namespace Editorial.Web.Hosting;

/// <summary>
/// Where the app is reached and what stands in front of it (configuration section <c>Hosting</c>).
/// Checked at startup by <see cref="HostingOptionsValidator"/>.
/// </summary>
public sealed class HostingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Hosting";

    /// <summary>
    /// The address users type, e.g. <c>https://editorial.newsroom.example</c>. Every absolute URL the
    /// app writes (exports, reports, redirects to HTTPS) starts with it, and it is the origin the live
    /// connection accepts. Required when <see cref="RequireHttps"/> is on; otherwise, when empty, the
    /// address the server listens on stands in.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Further origins allowed to open the live connection (another public name of the same app).</summary>
    public List<string> AdditionalOrigins { get; set; } = [];

    /// <summary>
    /// Redirect plain HTTP to <see cref="PublicBaseUrl"/>, send HSTS and mark every cookie Secure.
    /// Null means: on everywhere except in the Development environment.
    /// </summary>
    public bool? RequireHttps { get; set; }

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
    /// believed (e.g. <c>10.0.0.5</c>). With none here and no <see cref="TrustedNetworks"/>, only a
    /// proxy on the same machine (loopback) is believed.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form (e.g. <c>172.18.0.0/16</c> for a compose network).</summary>
    public List<string> TrustedNetworks { get; set; } = [];

    /// <summary>Whether HTTPS is required in <paramref name="environment"/>.</summary>
    public bool HttpsRequiredIn(IHostEnvironment environment) => RequireHttps ?? !environment.IsDevelopment();
}
