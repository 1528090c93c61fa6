namespace Editorial.Web.Features.Admin;

/// <summary>A row of the user administration page.</summary>
/// <param name="Id">User id.</param>
/// <param name="Email">Login email.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Roles">Roles held, in the UI's order.</param>
/// <param name="LockedUntil">When a lock ends (UTC); null when not locked.</param>
public sealed record UserSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedUntil)
{
    /// <summary>Whether the account cannot sign in now.</summary>
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}
