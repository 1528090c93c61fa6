using Microsoft.Data.Sqlite;

namespace Editorial.Infrastructure.Backup;

/// <summary>
/// A consistent copy of the embedded database while the app runs, through SQLite's online backup
/// API — never a file copy, which can catch a write half-done (and leaves the WAL behind).
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the database at <paramref name="connectionString"/> into <paramref name="targetFile"/> (which must not exist).</summary>
    /// <exception cref="IOException">The target exists, or there is no database to back up.</exception>
    public static void Run(string connectionString, string targetFile)
    {
        if (File.Exists(targetFile))
        {
            throw new IOException($"{targetFile} exists; choose a new file for the backup.");
        }

        // Read-only: a missing database is an error here, not an empty one created on the spot.
        var readOnly = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        if (!File.Exists(readOnly.DataSource))
        {
            throw new IOException($"There is no database at {readOnly.DataSource} to back up.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(targetFile))!);
        using var source = new SqliteConnection(readOnly.ConnectionString);
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = targetFile, Pooling = false }.ConnectionString);
        source.Open();
        source.BackupDatabase(target);
    }
}
