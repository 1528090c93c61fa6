using Editorial.Domain.Audit;
using Npgsql;

namespace Editorial.IntegrationTests.Audit;

/// <summary>
/// What someone who can write the database but holds no audit key can do: switch the append-only
/// triggers off as the superuser, rewrite rows with hashes computed the way the (public) code does,
/// and switch the triggers on again.
/// </summary>
internal sealed class DatabaseAttacker(string connectionString)
{
    /// <summary>Sets a private property of an entry, as an UPDATE of its row would.</summary>
    public static void Set(object entry, string property, object? value) =>
        entry.GetType().GetProperty(property)!.SetValue(entry, value);

    /// <summary>Relinks and re-hashes <paramref name="chain"/> from <paramref name="from"/> on:
    /// plain SHA-256 of the unkeyed form when <paramref name="key"/> is null, else HMAC under it.</summary>
    public static void Rehash(IReadOnlyList<AuditEvent> chain, int from, AuditKey? key)
    {
        for (var i = from; i < chain.Count; i++)
        {
            Set(chain[i], nameof(AuditEvent.PreviousHash), i == 0 ? string.Empty : chain[i - 1].Hash);
            Set(chain[i], nameof(AuditEvent.KeyId), key?.Id);
            Set(chain[i], nameof(AuditEvent.Hash), chain[i].ComputeHash(key));
        }
    }

    /// <summary>Writes the entries' payload, links, hashes and key ids over their rows, triggers off.</summary>
    public async Task OverwriteAsync(IEnumerable<AuditEvent> entries)
    {
        await WithTriggersOffAsync("audit_events", async (connection, transaction) =>
        {
            foreach (var entry in entries)
            {
                await using var update = new NpgsqlCommand(
                    """UPDATE audit_events SET "Payload" = @payload, "PreviousHash" = @previous, "Hash" = @hash, "KeyId" = @key WHERE "Id" = @id""",
                    connection, transaction);
                update.Parameters.AddWithValue("payload", entry.Payload);
                update.Parameters.AddWithValue("previous", entry.PreviousHash);
                update.Parameters.AddWithValue("hash", entry.Hash);
                update.Parameters.AddWithValue("key", (object?)entry.KeyId ?? DBNull.Value);
                update.Parameters.AddWithValue("id", entry.Id);
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
            }
        });
    }

    /// <summary>Runs <paramref name="sql"/> with <paramref name="table"/>'s triggers off.</summary>
    public Task ExecuteAsync(string table, string sql) =>
        WithTriggersOffAsync(table, async (connection, transaction) =>
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync();
        });

    private async Task WithTriggersOffAsync(string table, Func<NpgsqlConnection, NpgsqlTransaction, Task> action)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand($"ALTER TABLE {table} DISABLE TRIGGER ALL", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await action(connection, transaction);
        await using (var on = new NpgsqlCommand($"ALTER TABLE {table} ENABLE TRIGGER ALL", connection, transaction))
        {
            await on.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
