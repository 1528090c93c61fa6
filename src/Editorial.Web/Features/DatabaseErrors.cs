using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features;

/// <summary>Recognises the database errors that mean "someone else got there first".</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A unique index refused a row: two writers raced for the same revision number or audit
    /// sequence. PostgreSQL reports SQLSTATE 23505; SQLite extended code 2067.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode == 2067,
        _ => false,
    };
}
