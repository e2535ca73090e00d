using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>Reads and writes the key/value <c>sync_state</c> table.</summary>
internal static class SyncStateTable
{
    public static string? Get(SqliteConnection connection, SqliteTransaction? transaction, string key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT value FROM sync_state WHERE key = $k";
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    public static long GetInt64(SqliteConnection connection, SqliteTransaction? transaction, string key) =>
        Get(connection, transaction, key) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;

    public static void Set(SqliteConnection connection, SqliteTransaction transaction, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO sync_state (key, value) VALUES ($k, $v)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """;
        command.Parameters.AddWithValue("$k", key);
        command.Parameters.AddWithValue("$v", value);
        command.ExecuteNonQuery();
    }

    public static void Set(SqliteConnection connection, SqliteTransaction transaction, string key, long value) =>
        Set(connection, transaction, key, value.ToString(CultureInfo.InvariantCulture));
}
