using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Security;

/// <summary>
/// The per-account limit on sign-in attempts, whatever address they come from (a password spray
/// spread over many machines still meets it). Keyed by what was typed, so an unknown email is
/// limited exactly like a real one and the limit tells nothing about which accounts exist.
/// </summary>
public sealed class SignInThrottle(IOptions<SignInLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerAccount,
            Window = TimeSpan.FromMinutes(options.Value.AccountWindowMinutes),
            QueueLimit = 0,
        }), StringComparer.Ordinal);

    /// <summary>Counts an attempt on <paramref name="account"/>; false (with how long to wait) when over the limit.</summary>
    public bool TryAttempt(string account, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(account.Trim().ToUpperInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(options.Value.AccountWindowMinutes);
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
