namespace Editorial.Infrastructure.Persistence;

/// <summary>Which database the app runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded zero-setup default: a SQLite file in the data folder.</summary>
    Sqlite,

    /// <summary>Production: PostgreSQL through Npgsql.</summary>
    Postgres,
}
