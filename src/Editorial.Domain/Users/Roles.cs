namespace Editorial.Domain.Users;

/// <summary>The newsroom roles. A user may hold several.</summary>
public static class Roles
{
    /// <summary>Writes and edits articles, annotates them, submits drafts.</summary>
    public const string Editor = "Editor";

    /// <summary>Flags claims, attaches sources and verdicts, signs off the sourcing check.</summary>
    public const string FactChecker = "FactChecker";

    /// <summary>Assigns work and approves publication.</summary>
    public const string Manager = "Manager";

    /// <summary>Manages users, roles and settings.</summary>
    public const string Admin = "Admin";

    /// <summary>Every role, in the order the UI lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Editor, FactChecker, Manager, Admin];

    /// <summary>Whether <paramref name="role"/> names one of the newsroom roles (case-sensitive).</summary>
    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
