using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>
/// SQL over <c>server_entity</c> (confirmed by the Hub) and <c>local_entity</c> (optimistic
/// overlay of pending mutations). The effective view is the overlay where it has a row, the
/// server state elsewhere.
/// </summary>
internal static class EntityTables
{
    public static ReplicaEntity? ReadEffective(SqliteConnection connection, SqliteTransaction? transaction, string type, string id)
    {
        using (var local = Command(connection, transaction, """
            SELECT l.scope, l.data, s.version FROM local_entity l
            LEFT JOIN server_entity s ON s.type = l.type AND s.id = l.id
            WHERE l.type = $t AND l.id = $i
            """))
        {
            local.Parameters.AddWithValue("$t", type);
            local.Parameters.AddWithValue("$i", id);
            using var reader = local.ExecuteReader();
            if (reader.Read())
            {
                return reader.IsDBNull(1)
                    ? null
                    : new ReplicaEntity(type, id, reader.GetString(0), Parse(reader.GetString(1)),
                        reader.IsDBNull(2) ? null : reader.GetInt64(2), IsPending: true);
            }
        }

        return ReadServer(connection, transaction, type, id);
    }

    public static ReplicaEntity? ReadServer(SqliteConnection connection, SqliteTransaction? transaction, string type, string id)
    {
        using var server = Command(connection, transaction,
            "SELECT scope, data, version FROM server_entity WHERE type = $t AND id = $i");
        server.Parameters.AddWithValue("$t", type);
        server.Parameters.AddWithValue("$i", id);
        using var reader = server.ExecuteReader();
        return reader.Read()
            ? new ReplicaEntity(type, id, reader.GetString(0), Parse(reader.GetString(1)), reader.GetInt64(2), IsPending: false)
            : null;
    }

    public static List<ReplicaEntity> QueryEffective(SqliteConnection connection, SqliteTransaction? transaction, string type)
    {
        using var command = Command(connection, transaction, """
            SELECT s.id, s.scope, s.data, s.version, 0 FROM server_entity s
            WHERE s.type = $t AND NOT EXISTS (SELECT 1 FROM local_entity l WHERE l.type = s.type AND l.id = s.id)
            UNION ALL
            SELECT l.id, l.scope, l.data, s.version, 1 FROM local_entity l
            LEFT JOIN server_entity s ON s.type = l.type AND s.id = l.id
            WHERE l.type = $t AND l.data IS NOT NULL
            ORDER BY 1
            """);
        command.Parameters.AddWithValue("$t", type);
        using var reader = command.ExecuteReader();
        var result = new List<ReplicaEntity>();
        while (reader.Read())
        {
            result.Add(new ReplicaEntity(type, reader.GetString(0), reader.GetString(1), Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetInt64(4) == 1));
        }

        return result;
    }

    /// <summary>Stores a Hub state unless a newer one is stored (parameters: <see cref="BindUpsertServer"/>).</summary>
    public const string UpsertServerSql = """
        INSERT INTO server_entity (type, id, scope, data, version) VALUES ($t, $i, $s, $d, $v)
        ON CONFLICT (type, id) DO UPDATE SET scope = excluded.scope, data = excluded.data, version = excluded.version
        WHERE excluded.version >= server_entity.version
        """;

    public static void UpsertServer(SqliteConnection connection, SqliteTransaction transaction, string type, string id, string scope, string data, long version)
    {
        using var command = Command(connection, transaction, UpsertServerSql);
        BindUpsertServer(command, type, id, scope, data, version);
        command.ExecuteNonQuery();
    }

    public static void BindUpsertServer(SqliteCommand command, string type, string id, string scope, string data, long version)
    {
        command.Parameters.AddWithValue("$t", type);
        command.Parameters.AddWithValue("$i", id);
        command.Parameters.AddWithValue("$s", scope);
        command.Parameters.AddWithValue("$d", data);
        command.Parameters.AddWithValue("$v", version);
    }

    public static void DeleteServer(SqliteConnection connection, SqliteTransaction transaction, string type, string id)
    {
        using var command = Command(connection, transaction, "DELETE FROM server_entity WHERE type = $t AND id = $i");
        command.Parameters.AddWithValue("$t", type);
        command.Parameters.AddWithValue("$i", id);
        command.ExecuteNonQuery();
    }

    public static void ClearServer(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "DELETE FROM server_entity");
        command.ExecuteNonQuery();
    }

    public static void UpsertOverlay(SqliteConnection connection, SqliteTransaction transaction, string type, string id, string scope, string? data)
    {
        using var command = Command(connection, transaction, """
            INSERT INTO local_entity (type, id, scope, data) VALUES ($t, $i, $s, $d)
            ON CONFLICT (type, id) DO UPDATE SET scope = excluded.scope, data = excluded.data
            """);
        command.Parameters.AddWithValue("$t", type);
        command.Parameters.AddWithValue("$i", id);
        command.Parameters.AddWithValue("$s", scope);
        command.Parameters.AddWithValue("$d", (object?)data ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    public static void ClearOverlay(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = Command(connection, transaction, "DELETE FROM local_entity");
        command.ExecuteNonQuery();
    }

    public static List<EntityKey> OverlayKeys(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = Command(connection, transaction, "SELECT type, id FROM local_entity");
        using var reader = command.ExecuteReader();
        var keys = new List<EntityKey>();
        while (reader.Read())
            keys.Add(new EntityKey(reader.GetString(0), reader.GetString(1)));
        return keys;
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
