using System.Net;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Hosting;

/// <summary>Stops startup with the setting's name when <see cref="HostingOptions"/> cannot work.</summary>
public sealed class HostingOptionsValidator(IHostEnvironment environment) : IValidateOptions<HostingOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, HostingOptions options)
    {
        var problems = new List<string>();
        Uri? baseUrl = null;
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")
                || !string.IsNullOrEmpty(baseUrl.Query) || !string.IsNullOrEmpty(baseUrl.Fragment) || !string.IsNullOrEmpty(baseUrl.UserInfo)))
        {
            problems.Add($"Hosting:PublicBaseUrl must be an absolute http or https address without query, e.g. https://editorial.newsroom.example (got \"{options.PublicBaseUrl}\").");
            baseUrl = null;
        }

        if (options.HttpsRequiredIn(environment))
        {
            if (string.IsNullOrWhiteSpace(options.PublicBaseUrl))
            {
                problems.Add("Hosting:PublicBaseUrl is required outside Development: set it to the https address your users reach " +
                             "(e.g. https://editorial.newsroom.example), or set Hosting:RequireHttps=false for a plain-HTTP trial.");
            }
            else if (baseUrl is not null && baseUrl.Scheme != Uri.UriSchemeHttps)
            {
                problems.Add("Hosting:PublicBaseUrl must start with https:// while Hosting:RequireHttps is on.");
            }
        }

        problems.AddRange(options.AdditionalOrigins.Where(o => PublicAddress.OriginOf(o) is null)
            .Select(o => $"Hosting:AdditionalOrigins: \"{o}\" is not an http or https origin such as https://news.example."));
        problems.AddRange(options.TrustedProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Hosting:TrustedProxies: \"{p}\" is not an IP address."));
        problems.AddRange(options.TrustedNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))
            .Select(n => $"Hosting:TrustedNetworks: \"{n}\" is not a network in CIDR form such as 10.0.0.0/8."));
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
