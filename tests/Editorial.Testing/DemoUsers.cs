namespace Editorial.Testing;

/// <summary>The demo logins of <c>seeds/demo-users.json</c>, as tests use them.</summary>
public static class DemoUsers
{
    /// <summary>The password every demo user has.</summary>
    public const string Password = "Newsroom#2026";

    /// <summary>Editor only.</summary>
    public const string Editor = "editor@editorial.test";

    /// <summary>FactChecker only.</summary>
    public const string FactChecker = "factchecker@editorial.test";

    /// <summary>Manager only.</summary>
    public const string Manager = "manager@editorial.test";

    /// <summary>Admin only.</summary>
    public const string Admin = "admin@editorial.test";

    /// <summary>Editor and FactChecker.</summary>
    public const string EditorAndFactChecker = "editor.factchecker@editorial.test";
}
