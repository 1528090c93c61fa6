using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Persistence;

/// <summary>Recognises the database errors that mean "someone else got there first".</summary>
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
}
