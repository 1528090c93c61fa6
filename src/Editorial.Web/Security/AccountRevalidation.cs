using System.Security.Claims;
using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Editorial.Web.Security;

/// <summary>
/// Turns what a token says about its user into who the user is now: the account still exists, is not
/// locked, its security stamp (changed by a password change or a forced sign-out) is the one the token
/// was issued under, and its roles are the current ones. Bearer tokens, refresh tokens and personal
/// access tokens all pass through here, on every request.
/// </summary>
public sealed class AccountRevalidation(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn)
{
    /// <summary>The current principal of the user a bearer or refresh token names; null when the token no longer stands.</summary>
    public async Task<ClaimsPrincipal?> CurrentPrincipalAsync(ClaimsPrincipal tokenPrincipal)
    {
        var user = await signIn.ValidateSecurityStampAsync(tokenPrincipal);
        return user is null ? null : await PrincipalIfActiveAsync(user);
    }

    /// <summary>The current principal of <paramref name="userId"/> (a personal access token's owner); null when locked or gone.</summary>
    public async Task<ClaimsPrincipal?> CurrentPrincipalAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        return user is null ? null : await PrincipalIfActiveAsync(user);
    }

    private async Task<ClaimsPrincipal?> PrincipalIfActiveAsync(ApplicationUser user) =>
        await users.IsLockedOutAsync(user) ? null : await signIn.CreateUserPrincipalAsync(user);
}
