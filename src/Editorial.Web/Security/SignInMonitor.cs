using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Security;

/// <summary>
/// Puts what an attack on sign-in looks like into the security log: an account locked by failed
/// passwords, a limit reached (once per limit window and key, so that an attacker hammering a limit
/// cannot flood the log), and a burst of failed passwords from one address.
/// </summary>
public sealed class SignInMonitor(IServiceScopeFactory scopes, IMemoryCache seen, IOptions<SignInLimitOptions> limits)
{
    // IMemoryCache.GetOrCreate is not atomic: two racing requests could both be "first".
    private readonly Lock _gate = new();

    /// <summary>Failed passwords from one address within the account window that make a burst.</summary>
    public const int BurstSize = 10;

    private TimeSpan Window => TimeSpan.FromMinutes(limits.Value.AccountWindowMinutes);

    /// <summary>A wrong password just locked <paramref name="userId"/>.</summary>
    public Task LockedOutAsync(string userId, string? clientAddress) =>
        RecordAsync(SecurityEventKind.SignInLockedOut, userId, clientAddress, null);

    /// <summary>
    /// A limit refused an attempt: <paramref name="limit"/> ("address" or "account") reached for
    /// <paramref name="key"/>. Recorded once per window.
    /// </summary>
    public Task ThrottledAsync(string limit, string key, string? userId, string? clientAddress)
    {
        if (!FirstTimeInWindow($"throttled:{limit}:{key}"))
        {
            return Task.CompletedTask;
        }

        var details = new Dictionary<string, string?> { ["limit"] = limit };
        if (userId is null && limit == "account")
        {
            details["account"] = key;
        }

        return RecordAsync(SecurityEventKind.SignInThrottled, userId, clientAddress, details);
    }

    /// <summary>A wrong email or password from <paramref name="clientAddress"/>; the <see cref="BurstSize"/>th within a window is recorded.</summary>
    public Task FailedAsync(string? clientAddress)
    {
        var key = $"failures:{clientAddress ?? "unknown"}";
        int count;
        lock (_gate)
        {
            var failures = seen.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Window;
                return new System.Runtime.CompilerServices.StrongBox<int>();
            })!;
            count = ++failures.Value;
        }

        return count == BurstSize
            ? RecordAsync(SecurityEventKind.SignInFailedBurst, null, clientAddress,
                new Dictionary<string, string?> { ["failures"] = BurstSize.ToString(System.Globalization.CultureInfo.InvariantCulture), ["minutes"] = limits.Value.AccountWindowMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            : Task.CompletedTask;
    }

    private bool FirstTimeInWindow(string key)
    {
        var first = false;
        lock (_gate)
        {
            seen.GetOrCreate(key, entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = Window;
                first = true;
                return true;
            });
        }

        return first;
    }

    private async Task RecordAsync(SecurityEventKind kind, string? userId, string? clientAddress, IReadOnlyDictionary<string, string?>? details)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SecurityLog>().RecordAsync(kind, null, userId, clientAddress, details);
    }
}
