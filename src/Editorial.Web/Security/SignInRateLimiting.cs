using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Security;

/// <summary>
/// The per-address limit on sign-in attempts, through ASP.NET Core's rate limiter: endpoints and
/// pages opt in with <c>[EnableRateLimiting(SignInRateLimiting.Policy)]</c>. Only posts count (opening
/// the form is free). The per-account limit is <see cref="SignInThrottle"/>.
/// </summary>
public static class SignInRateLimiting
{
    /// <summary>The policy's name.</summary>
    public const string Policy = "sign-in";

    /// <summary>Registers the policy and the 429 answer.</summary>
    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.Section)
            .Validate(o => o.PerAddressPerMinute > 0 && o.PerAccount > 0 && o.AccountWindowMinutes > 0,
                "SignInLimits: PerAddressPerMinute, PerAccount and AccountWindowMinutes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInMonitor>();
        services.AddMemoryCache();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reading");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<SignInLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                var address = ClientAddress(rejected.HttpContext);
                await rejected.HttpContext.RequestServices.GetRequiredService<SignInMonitor>().ThrottledAsync("address", address, null, address);
                await TooManyAttempts.WriteAsync(rejected.HttpContext, retryAfter,
                    "Too many sign-in attempts from your network.", cancellationToken);
            };
        });
        return services;
    }

    /// <summary>
    /// The client's address (after a trusted proxy's X-Forwarded-For has been applied). An IPv6 client
    /// is counted by its /64 network: one subscriber usually holds a whole /64, and would otherwise
    /// have billions of addresses to spread attempts over.
    /// </summary>
    public static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6 || System.Net.IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }
}
