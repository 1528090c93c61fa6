namespace Editorial.Web.Features.Admin;

/// <summary>What an administrator enters to create an account.</summary>
public sealed class NewUser
{
    /// <summary>Login email.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>Name shown to colleagues.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>First password; the user can change it.</summary>
    public string Password { get; set; } = string.Empty;

    /// <summary>Roles to grant.</summary>
    public HashSet<string> Roles { get; set; } = [];
}
