namespace Editorial.Infrastructure.Seeding;

/// <summary>What this start of the app seeds, decided once from configuration and environment.</summary>
/// <param name="DemoUsers">Create the demo users.</param>
/// <param name="SampleArticles">Import the sample articles.</param>
/// <param name="Folder">The seeds folder.</param>
/// <param name="AdminEmail">First administrator's email, if configured.</param>
/// <param name="AdminPassword">First administrator's password, if configured.</param>
public sealed record SeedPlan(bool DemoUsers, bool SampleArticles, string Folder, string? AdminEmail, string? AdminPassword)
{
    /// <summary>
    /// Demo users only in Development unless explicitly enabled; sample articles in Development and
    /// on the embedded database unless explicitly set.
    /// </summary>
    public static SeedPlan From(SeedOptions options, bool isDevelopment, bool isEmbeddedDatabase) => new(
        options.DemoUsers ?? isDevelopment,
        options.SampleArticles ?? (isDevelopment || isEmbeddedDatabase),
        Path.GetFullPath(options.Folder ?? Path.Combine(AppContext.BaseDirectory, "seeds"), AppContext.BaseDirectory),
        string.IsNullOrWhiteSpace(options.AdminEmail) ? null : options.AdminEmail,
        string.IsNullOrWhiteSpace(options.AdminPassword) ? null : options.AdminPassword);
}
