using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Editorial.Web.Security;

/// <summary>
/// Checks an email and password for the sign-in form and <c>/api/auth/token</c> alike. An unknown
/// email, a wrong password and a locked account get the same answer after the same work (a password
/// hash is verified in every case), so neither the answer nor its timing tells which accounts exist.
/// Attempts count towards lockout and towards the per-account limit (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class PasswordCheck(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    SignInThrottle throttle,
    SignInMonitor monitor,
    ILogger<PasswordCheck> logger)
{
    /// <summary>The one refusal, whatever was wrong.</summary>
    public const string Refusal =
        "Wrong email or password. After 5 failed attempts an account is locked for 15 minutes; an administrator can unlock it sooner.";

    private static readonly ApplicationUser Nobody = new() { Id = "nobody", UserName = "nobody", DisplayName = "nobody" };
    private static string? _nobodysHash;

    /// <summary>Checks <paramref name="email"/> and <paramref name="password"/>, sent from <paramref name="clientAddress"/>.</summary>
    public async Task<PasswordCheckResult> CheckAsync(string? email, string? password, string? clientAddress)
    {
        var account = email?.Trim() ?? string.Empty;
        password ??= string.Empty;
        if (!throttle.TryAttempt(account, out var retryAfter))
        {
            var target = account.Length == 0 ? null : await users.FindByEmailAsync(account);
            logger.LogWarning("Sign-in attempts over the per-account limit (user {UserId}); next allowed in {RetryAfter}", target?.Id, retryAfter);
            await monitor.ThrottledAsync("account", account.ToUpperInvariant(), target?.Id, clientAddress);
            return PasswordCheckResult.Throttled(retryAfter);
        }

        var user = account.Length == 0 ? null : await users.FindByEmailAsync(account);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            if (user is not null)
            {
                logger.LogWarning("Sign-in refused: user {UserId} is locked", user.Id);
            }

            SpendAsMuchAsAPasswordCheck(password);
            await monitor.FailedAsync(clientAddress);
            return PasswordCheckResult.Refused;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return PasswordCheckResult.SignedIn(user);
        }

        await monitor.FailedAsync(clientAddress);
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} locked after repeated failed sign-ins", user.Id);
            await monitor.LockedOutAsync(user.Id, clientAddress);
            return PasswordCheckResult.LockedNow(user);
        }

        return PasswordCheckResult.Refused;
    }

    private void SpendAsMuchAsAPasswordCheck(string password)
    {
        _nobodysHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, _nobodysHash, password);
    }
}
