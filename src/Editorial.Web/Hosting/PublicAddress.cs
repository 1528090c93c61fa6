using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Hosting;

/// <summary>
/// The app's public address: the one source of every absolute URL it writes and of the origins its
/// live connection accepts. Never taken from a request's <c>Host</c> header.
/// </summary>
public sealed class PublicAddress(IOptions<HostingOptions> options, IServer server)
{
    private readonly HostingOptions _options = options.Value;

    /// <summary>Whether <see cref="HostingOptions.PublicBaseUrl"/> is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(_options.PublicBaseUrl);

    /// <summary>The base URL without a trailing slash, e.g. <c>https://editorial.newsroom.example</c>.</summary>
    public string BaseUrl => (IsConfigured ? _options.PublicBaseUrl! : ListeningAddress()).TrimEnd('/');

    /// <summary>An absolute URL for <paramref name="path"/> (which starts with "/").</summary>
    public string UrlFor(string path) => BaseUrl + path;

    /// <summary>
    /// Whether a browser page served from <paramref name="origin"/> may use this app's live connection.
    /// With no public address configured (development), the request's own origin is accepted: a page
    /// of another origin still is not.
    /// </summary>
    public bool AllowsOrigin(string origin, HttpRequest request)
    {
        var normalized = OriginOf(origin);
        if (normalized is null)
        {
            return false;
        }

        if (IsConfigured)
        {
            return normalized == OriginOf(_options.PublicBaseUrl!)
                   || _options.AdditionalOrigins.Any(o => OriginOf(o) == normalized);
        }

        return normalized == OriginOf($"{request.Scheme}://{request.Host}")
               || _options.AdditionalOrigins.Any(o => OriginOf(o) == normalized);
    }

    /// <summary>"scheme://host[:port]" in lower case with default ports dropped, or null when it is not an http(s) origin.</summary>
    public static string? OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant()
            : null;

    private string ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return "http://localhost";
        }

        // Kestrel reports wildcard bindings ("http://+:8080", "http://[::]:8080"): name the machine as a browser would.
        return address.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
    }
}
