using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Sets each SQLite connection up for many writers at once. The database file is in WAL mode (set
/// once at startup, see <see cref="JournalMode"/>), so readers never wait for a writer; writers take
/// turns, and a writer that finds the file busy waits in SQLite's own handler (up to
/// <see cref="BusyTimeoutMilliseconds"/>) instead of failing at once; <c>synchronous=NORMAL</c> is
/// the durable setting for WAL (a commit survives an app crash; only a power loss may undo the last ones).
/// </summary>
public sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    /// <summary>The journal mode the database file is put in at startup.</summary>
    public const string JournalMode = "PRAGMA journal_mode=WAL;";

    /// <summary>How long a writer waits for the one before it.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    private static readonly string PerConnection = $"PRAGMA busy_timeout={BusyTimeoutMilliseconds}; PRAGMA synchronous=NORMAL;";

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PerConnection;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
