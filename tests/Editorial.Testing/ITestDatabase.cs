namespace Editorial.Testing;

/// <summary>
/// Where a test class's app keeps its data: a PostgreSQL database (<see cref="PostgresDatabase"/>)
/// or the embedded SQLite default (<see cref="SqliteFolder"/>). Integration tests are written once
/// against this and run on both providers.
/// </summary>
public interface ITestDatabase
{
    /// <summary>"PostgreSQL" or "SQLite", for messages.</summary>
    string Provider { get; }

    /// <summary>The app on this database.</summary>
    EditorialAppFactory App(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null);
}
