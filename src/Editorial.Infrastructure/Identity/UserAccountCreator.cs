using Editorial.Domain;
using Editorial.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace Editorial.Infrastructure.Identity;

/// <summary>
/// The one way accounts are made (admin page, demo seeding, first administrator), so every account
/// gets the same checks: a valid email, a display name, known roles, Identity's password rules.
/// </summary>
public sealed class UserAccountCreator(UserManager<ApplicationUser> users, TimeProvider clock)
{
    /// <summary>Creates a confirmed account holding <paramref name="roles"/>.</summary>
    /// <exception cref="EditorialDomainException">Input is invalid or Identity refused it (the
    /// message lists Identity's reasons, such as the password rules).</exception>
    public async Task<ApplicationUser> CreateAsync(string email, string displayName, string password,
        IEnumerable<string> roles, bool mustChangePassword = false)
    {
        var roleList = roles.Distinct(StringComparer.Ordinal).ToList();
        var unknown = roleList.Where(r => !Roles.IsKnown(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new EditorialDomainException($"Unknown role: {string.Join(", ", unknown)}.");
        }

        var name = CheckInput(email, displayName);
        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            MustChangePassword = mustChangePassword,
            EmailConfirmed = true,
            DisplayName = name,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(user, password));
        if (roleList.Count > 0)
        {
            Check(await users.AddToRolesAsync(user, roleList));
        }

        return user;
    }

    /// <summary>
    /// Checks what a new account is made of without looking at other accounts (so that registration
    /// can refuse bad input before anything tells whether the address is taken).
    /// </summary>
    /// <returns>The normalized display name.</returns>
    /// <exception cref="EditorialDomainException">The email or the display name is not acceptable.</exception>
    public string CheckInput(string email, string displayName)
    {
        var address = email.Trim();
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(address)
            || (!string.IsNullOrEmpty(allowed) && address.Any(c => !allowed.Contains(c))))
        {
            throw new EditorialDomainException($"“{address}” is not an e-mail address this newsroom accepts.");
        }

        var name = Domain.Text.TextNormalizer.NormalizeTitle(displayName);
        if (!Domain.Text.TextNormalizer.HasVisibleCharacter(name) || name.Length > ApplicationUser.MaxDisplayNameLength)
        {
            throw new EditorialDomainException(
                $"The display name is required and at most {ApplicationUser.MaxDisplayNameLength} characters long.");
        }

        return name;
    }

    /// <summary>Turns an Identity failure into a message a user can read.</summary>
    /// <exception cref="EditorialDomainException">The result failed.</exception>
    public static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new EditorialDomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
