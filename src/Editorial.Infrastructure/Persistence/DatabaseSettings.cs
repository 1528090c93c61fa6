using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Where the data lives, read from configuration: PostgreSQL when
/// <c>ConnectionStrings:Editorial</c> is set, otherwise SQLite in <c>Database:DataFolder</c>.
/// </summary>
/// <param name="Provider">The chosen provider.</param>
/// <param name="ConnectionString">The connection string for that provider.</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>Configuration key of the PostgreSQL connection string.</summary>
    public const string ConnectionStringName = "Editorial";

    /// <summary>Configuration key of the embedded database's folder.</summary>
    public const string DataFolderKey = "Database:DataFolder";

    /// <summary>Reads the settings; a malformed PostgreSQL connection string stops startup with a
    /// message that names the setting but never echoes its value (it may hold a password).</summary>
    /// <param name="configuration">The app's configuration.</param>
    /// <param name="contentRoot">Base for a relative data folder.</param>
    /// <exception cref="InvalidOperationException">The connection string is malformed.</exception>
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var postgres = configuration.GetConnectionString(ConnectionStringName);
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            return new DatabaseSettings(DatabaseProvider.Postgres, ValidatePostgres(postgres));
        }

        var folder = Path.GetFullPath(configuration[DataFolderKey] ?? "data", contentRoot);
        return new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "editorial.db")}");
    }

    /// <summary>The SQLite file's folder, to create before the first connection.</summary>
    public string? SqliteFolder =>
        Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource)
            : null;

    private static string ValidatePostgres(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                throw new ArgumentException("it names no Host");
            }

            return connectionString;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not a valid PostgreSQL connection string: {e.Message}. " +
                "Use the form 'Host=db;Port=5432;Database=editorial;Username=editorial;Password=…', " +
                "or remove the setting to use the embedded SQLite database.");
        }
    }
}
