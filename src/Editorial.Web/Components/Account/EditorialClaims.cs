using System.Security.Claims;
using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Components.Account;

/// <summary>Claims the app adds to the sign-in cookie.</summary>
public static class EditorialClaims
{
    /// <summary>The user's display name ("Erin Editor").</summary>
    public const string DisplayName = "editorial:display_name";

    /// <summary>Present when the user must choose their own password first (see <see cref="PasswordChangeGate"/>).</summary>
    public const string MustChangePassword = "editorial:must_change_password";
}

/// <summary>
/// Puts the display name and the roles into the cookie so that pages need no database trip to show them.
/// The roles are read in one query: the app gives roles no claims of their own, so Identity's role-aware
/// factory (a lookup and a claims query per role, on every API request's account check) reads nothing
/// the app uses. Nor does the app store claims per user (nothing adds any): the user-claims query the
/// base factory makes is left out too, so the account check reads the user and their roles, two queries.
/// </summary>
internal sealed class EditorialClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        // What UserClaimsPrincipalFactory<TUser>.GenerateClaimsAsync puts in, but the stored user claims.
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, Options.ClaimsIdentity.UserNameClaimType,
            Options.ClaimsIdentity.RoleClaimType);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.UserNameClaimType, user.UserName ?? string.Empty));
        if (!string.IsNullOrEmpty(user.Email))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.EmailClaimType, user.Email));
        }

        identity.AddClaim(new Claim(Options.ClaimsIdentity.SecurityStampClaimType, await UserManager.GetSecurityStampAsync(user)));
        foreach (var role in await UserManager.GetRolesAsync(user))
        {
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        }

        identity.AddClaim(new Claim(EditorialClaims.DisplayName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(EditorialClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
