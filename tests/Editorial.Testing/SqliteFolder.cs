using Microsoft.Data.Sqlite;
using Xunit;

namespace Editorial.Testing;

/// <summary>A temporary data folder for the embedded SQLite database, removed after the test class.</summary>
public sealed class SqliteFolder : ITestDatabase, IAsyncLifetime
{
    /// <summary>The folder (it does not exist yet: the app creates it, as on a fresh install).</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"editorial-sqlite-{Guid.NewGuid():N}", "data");

    /// <inheritdoc />
    public string Provider => "SQLite";

    /// <inheritdoc />
    public EditorialAppFactory App(string environment = "Development", IReadOnlyDictionary<string, string?>? settings = null) =>
        EditorialAppFactory.OnSqlite(Path, environment, settings);

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        var root = Directory.GetParent(Path)!.FullName;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        return Task.CompletedTask;
    }
}
