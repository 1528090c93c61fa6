namespace Editorial.Infrastructure.Seeding;

/// <summary>What to seed on startup (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Seed";

    /// <summary>Create the demo users of <c>seeds/demo-users.json</c>. Unset: only in Development.
    /// They have published passwords, so Production never gets them unless this is set to true.</summary>
    public bool? DemoUsers { get; set; }

    /// <summary>Import the articles of <c>seeds/articles</c>. Unset: in Development and on the
    /// embedded SQLite database.</summary>
    public bool? SampleArticles { get; set; }

    /// <summary>The seeds folder; unset: <c>seeds</c> next to the app's binaries.</summary>
    public string? Folder { get; set; }

    /// <summary>The email of a first administrator to create when no user has that email.</summary>
    public string? AdminEmail { get; set; }

    /// <summary>That administrator's password (pass it as a secret, e.g. an environment variable).</summary>
    public string? AdminPassword { get; set; }
}
