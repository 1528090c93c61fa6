using Npgsql;
using Xunit;

namespace Editorial.Testing;

/// <summary>
/// A fresh, uniquely named database on the throwaway PostgreSQL server that <c>tests/run.sh</c>
/// starts (its address is in <see cref="ServerVariable"/>). The app creates it by migrating; it is
/// dropped when the test class is done. Use as an xunit class fixture: one database per test class.
/// </summary>
public sealed class PostgresDatabase : ITestDatabase, IAsyncLifetime
{
    /// <summary>Environment variable holding the server's connection string (no database).</summary>
    public const string ServerVariable = "EDITORIAL_TEST_POSTGRES";

    private readonly string _server;

    /// <summary>Names a new database on the test script's server; nothing is created until the app migrates.</summary>
    public PostgresDatabase()
        : this(Environment.GetEnvironmentVariable(ServerVariable)
            ?? throw new InvalidOperationException(
                $"{ServerVariable} is not set. Run the tests with tests/run.sh, which starts a throwaway PostgreSQL server."), unused: true)
    {
    }

    /// <summary>Names a new database on <paramref name="server"/> (a connection string without a database).</summary>
    public static PostgresDatabase On(string server) => new(server, unused: true);

    // xunit builds class fixtures through their one public constructor; this one is for On.
    private PostgresDatabase(string server, bool unused)
    {
        _ = unused;
        _server = server;
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = $"editorial_{Guid.NewGuid():N}"[..30] };
        ConnectionString = builder.ConnectionString;
        Name = builder.Database!;
    }

    /// <summary>Connection string of this test class's database.</summary>
    public string ConnectionString { get; }

    /// <summary>The database's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public string Provider => "PostgreSQL";

    /// <inheritdoc />
    public EditorialAppFactory App(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) =>
        EditorialAppFactory.OnPostgres(this, environment, settings);

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
