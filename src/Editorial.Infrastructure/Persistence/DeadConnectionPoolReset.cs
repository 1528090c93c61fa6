using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Editorial.Infrastructure.Persistence;

/// <summary>
/// Empties Npgsql's connection pool when a command or a connection fails because the server went
/// away. A restarted PostgreSQL leaves every pooled connection dead, and Npgsql hands them out one
/// by one (npgsql/npgsql#5073); emptying the pool at the first sign lets the retry, and every request
/// after it, open fresh connections.
/// </summary>
public sealed class DeadConnectionPoolReset : DbCommandInterceptor, IDbConnectionInterceptor
{
    /// <inheritdoc />
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        ResetIfGone(eventData.Connection, eventData.Exception);

    /// <inheritdoc />
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ResetIfGone(eventData.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => ResetIfGone(connection, eventData.Exception);

    /// <inheritdoc />
    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ResetIfGone(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    private static void ResetIfGone(DbConnection? connection, Exception exception)
    {
        if (connection is Npgsql.NpgsqlConnection npgsql && DatabaseErrors.IsUnavailable(exception))
        {
            Npgsql.NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
