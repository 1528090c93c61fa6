using System.Security.Claims;
using Editorial.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Editorial.Testing;

/// <summary>
/// The real app, configured for a test: an environment and settings (database, seeding) on top of
/// the app's own configuration. Nothing is replaced or mocked.
/// </summary>
public sealed class EditorialAppFactory : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Dictionary<string, string?> _settings;

    private EditorialAppFactory(string environment, Dictionary<string, string?> settings)
    {
        _environment = environment;
        _settings = settings;
    }

    /// <summary>Id of the audit key test apps on PostgreSQL sign with, unless a test configures its own.</summary>
    public const string TestAuditKeyId = "test-key-1";

    /// <summary>That key (base64): fixed, so an app restarted in a test verifies what the first one wrote.</summary>
    public const string TestAuditKey = "NLcL/lR6fO5YL7rXKUOHBRkAoAJuvr92gOhEwI17wb8=";

    /// <summary>
    /// The app on a PostgreSQL database. It signs its audit logs with <see cref="TestAuditKey"/>
    /// unless <paramref name="settings"/> hold <c>Audit:</c> settings of their own (without either,
    /// the app would write a generated key under its content root, the source tree).
    /// </summary>
    public static EditorialAppFactory OnPostgres(PostgresDatabase database, string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = With(settings, ("ConnectionStrings:Editorial", database.ConnectionString));
        if (!all.Keys.Any(k => k.StartsWith("Audit:", StringComparison.OrdinalIgnoreCase)))
        {
            all[$"Audit:Keys:{TestAuditKeyId}"] = TestAuditKey;
        }

        return new(environment, all);
    }

    /// <summary>The app on the embedded SQLite default, in <paramref name="dataFolder"/>. Unless
    /// <paramref name="settings"/> say otherwise, it generates its audit key beside the database, as
    /// a fresh install does.</summary>
    public static EditorialAppFactory OnSqlite(string dataFolder, string environment = "Development",
        IReadOnlyDictionary<string, string?>? settings = null) =>
        new(environment, With(settings, ("Database:DataFolder", dataFolder)));

    /// <summary>Serves the app on Kestrel at a free port (for a browser) and returns its address.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return addresses.First().Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "localhost", StringComparison.Ordinal);
    }

    /// <summary>The principal a signed-in <paramref name="email"/> has, built by Identity itself.</summary>
    public async Task<ClaimsPrincipal> PrincipalOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signIn.CreateUserPrincipalAsync(user);
    }

    /// <summary>Creates a user with <paramref name="roles"/> (none for a role-less account).</summary>
    public async Task<ClaimsPrincipal> CreateUserAsync(string email, params string[] roles)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccountCreator>();
            await accounts.CreateAsync(email, email.Split('@')[0], DemoUsers.Password, roles);
        }

        return await PrincipalOfAsync(email);
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
    }

    // Test classes sign in far more often than people do, all from one address: the sign-in limits
    // are raised unless a test sets them (the tests of the limits themselves do). Outside
    // Development, HTTPS is required and needs a public address; tests that are not about hosting
    // run on plain HTTP.
    private static readonly Dictionary<string, string?> TestDefaults = new()
    {
        ["SignInLimits:PerAddressPerMinute"] = "100000",
        ["SignInLimits:PerAccount"] = "100000",
        ["Hosting:RequireHttps"] = "false",
    };

    private static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?>? settings, (string Key, string? Value) database)
    {
        var all = new Dictionary<string, string?>(TestDefaults);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        all[database.Key] = database.Value;
        return all;
    }
}
