using Microsoft.AspNetCore.Identity;

namespace Editorial.Infrastructure.Identity;

/// <summary>A newsroom user. Roles are Identity roles named after <see cref="Domain.Users.Roles"/>.</summary>
public sealed class ApplicationUser : IdentityUser
{
    /// <summary>Longest display name.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>The name shown to colleagues ("Erin Editor").</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The user's light/dark choice; null follows the browser.</summary>
    public bool? PrefersDarkMode { get; set; }

    /// <summary>
    /// Whether the user must choose their own password before doing anything else: set for
    /// accounts whose password someone else chose (the bootstrap admin, accounts an admin creates).
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
