using Editorial.Infrastructure.Identity;

namespace Editorial.Web.Security;

/// <summary>What <see cref="PasswordCheck"/> found.</summary>
/// <param name="User">The account, when the password was right — or when this attempt just locked it (for the security log; the caller still refuses).</param>
/// <param name="Succeeded">Whether the email and password are right and the account may sign in.</param>
/// <param name="RetryAfter">Set when the attempt was not even checked: too many on this account.</param>
public sealed record PasswordCheckResult(ApplicationUser? User, bool Succeeded, TimeSpan? RetryAfter)
{
    /// <summary>Wrong email, wrong password or a locked account.</summary>
    public static PasswordCheckResult Refused { get; } = new(null, false, null);

    /// <summary>The right password.</summary>
    public static PasswordCheckResult SignedIn(ApplicationUser user) => new(user, true, null);

    /// <summary>A wrong password that locked <paramref name="user"/>; answered like any refusal.</summary>
    public static PasswordCheckResult LockedNow(ApplicationUser user) => new(user, false, null);

    /// <summary>Over the per-account limit.</summary>
    public static PasswordCheckResult Throttled(TimeSpan retryAfter) => new(null, false, retryAfter);
}
