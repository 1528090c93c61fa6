using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Recognises the database errors the product answers in its own words: "someone else got there
/// first" (a conflict, try again on fresh data) and "the database is not reachable" (nothing to fix
/// but time: try again shortly).
/// </summary>
public static class DatabaseErrors
{
    /// <summary>
    /// Whether <paramref name="e"/> (or what it wraps) says this transaction lost a race and was
    /// rolled back whole: the article's concurrency token changed; a unique index refused a row (two
    /// writers took the same revision number or audit sequence); PostgreSQL broke a deadlock or a
    /// serialization conflict by aborting this side; SQLite stayed locked by another writer.
    /// </summary>
    public static bool IsLostRace(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            var lost = current switch
            {
                DbUpdateConcurrencyException => true,
                Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation
                    or Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure,
                Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067
                    || sqlite.SqliteErrorCode is 5 or 6,
                _ => false,
            };
            if (lost)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="e"/> (or what it wraps) says PostgreSQL aborted this transaction to break
    /// a deadlock or a serialization conflict: nobody else's change is in the way of the same change
    /// made again from fresh data, so it is worth running again (not a lost race the user must see).
    /// </summary>
    public static bool IsTransientConflict(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="e"/> (or what it wraps) says the database could not be reached or went
    /// away: a refused or reset connection, a timeout opening one, a server shutting down, restarting
    /// or out of connection slots, a database file that cannot be opened. The request can succeed
    /// later unchanged, so it is answered 503 with Retry-After rather than 500.
    /// </summary>
    public static bool IsUnavailable(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                Npgsql.PostgresException pg => pg.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || pg.SqlState is Npgsql.PostgresErrorCodes.AdminShutdown or Npgsql.PostgresErrorCodes.CrashShutdown
                        or Npgsql.PostgresErrorCodes.CannotConnectNow or Npgsql.PostgresErrorCodes.TooManyConnections,
                // A failure below the protocol: the socket, a timeout, a broken stream.
                Npgsql.NpgsqlException npgsql => npgsql.IsTransient,
                System.Net.Sockets.SocketException => true,
                // SQLITE_CANTOPEN, SQLITE_IOERR: the file or its disk is gone.
                Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 14 or 10,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }
}
