namespace Editorial.Infrastructure.Seeding;

/// <summary>A demo login from <c>seeds/demo-users.json</c>.</summary>
/// <param name="Email">Login and email.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Password">The published demo password.</param>
/// <param name="Roles">The roles the user holds.</param>
public sealed record DemoUser(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);
