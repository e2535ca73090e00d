using System.Globalization;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>SQL over the transactional, hash-chained <c>outbox</c>.</summary>
internal static class OutboxTable
{
    private const string Columns = "node_id, mutation_id, id, type, payload, hlc, officer, prev_hash, hash";

    public static void Append(SqliteConnection connection, SqliteTransaction transaction, Mutation mutation, DateTimeOffset createdAt)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            INSERT INTO outbox ({Columns}, created_at)
            VALUES ($node, $mid, $id, $type, $payload, $hlc, $officer, $prev, $hash, $at)
            """;
        command.Parameters.AddWithValue("$node", mutation.NodeId);
        command.Parameters.AddWithValue("$mid", mutation.MutationId);
        command.Parameters.AddWithValue("$id", mutation.Id.ToString("D"));
        command.Parameters.AddWithValue("$type", mutation.Type);
        command.Parameters.AddWithValue("$payload", mutation.Payload.GetRawText());
        command.Parameters.AddWithValue("$hlc", mutation.Hlc.Value);
        command.Parameters.AddWithValue("$officer", (object?)mutation.Officer ?? DBNull.Value);
        command.Parameters.AddWithValue("$prev", mutation.PreviousHash);
        command.Parameters.AddWithValue("$hash", mutation.Hash);
        command.Parameters.AddWithValue("$at", createdAt.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Entries after <paramref name="afterMutationId"/> in order, at most <paramref name="maxCount"/>
    /// and about <paramref name="maxBytes"/> of payload (always at least one entry).
    /// </summary>
    public static List<Mutation> Read(SqliteConnection connection, SqliteTransaction? transaction, long afterMutationId, int maxCount, long maxBytes)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM outbox WHERE mutation_id > $after ORDER BY mutation_id LIMIT $limit";
        command.Parameters.AddWithValue("$after", afterMutationId);
        command.Parameters.AddWithValue("$limit", maxCount);
        using var reader = command.ExecuteReader();
        var result = new List<Mutation>();
        long bytes = 0;
        while (reader.Read())
        {
            var mutation = ReadMutation(reader);
            // Payload plus a generous allowance for the envelope (ids, hashes, names).
            bytes += mutation.Payload.GetRawText().Length + mutation.Type.Length + 400;
            if (result.Count > 0 && bytes > maxBytes)
                break;
            result.Add(mutation);
        }

        return result;
    }

    public static int Count(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM outbox";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Drops the entries up to <paramref name="mutationId"/> (the Hub has them) and moves the
    /// chain anchor to the newest dropped one so <see cref="Verify"/> resumes from there.
    /// </summary>
    public static int DropUpTo(SqliteConnection connection, SqliteTransaction transaction, long mutationId)
    {
        using (var anchor = connection.CreateCommand())
        {
            anchor.Transaction = transaction;
            anchor.CommandText = "SELECT mutation_id, hash FROM outbox WHERE mutation_id <= $m ORDER BY mutation_id DESC LIMIT 1";
            anchor.Parameters.AddWithValue("$m", mutationId);
            using var reader = anchor.ExecuteReader();
            if (!reader.Read())
                return 0;
            var anchorId = reader.GetInt64(0);
            var anchorHash = reader.GetString(1);
            reader.Close();
            SyncStateTable.Set(connection, transaction, SyncStateKeys.ChainAnchorId, anchorId);
            SyncStateTable.Set(connection, transaction, SyncStateKeys.ChainAnchorHash, anchorHash);
        }

        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM outbox WHERE mutation_id <= $m";
        delete.Parameters.AddWithValue("$m", mutationId);
        return delete.ExecuteNonQuery();
    }

    /// <summary>Walks the retained chain from the anchor and reports the first broken link.</summary>
    public static OutboxVerification Verify(SqliteConnection connection, SqliteTransaction? transaction)
    {
        var previousId = SyncStateTable.GetInt64(connection, transaction, SyncStateKeys.ChainAnchorId);
        var previousHash = SyncStateTable.Get(connection, transaction, SyncStateKeys.ChainAnchorHash) ?? string.Empty;
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM outbox ORDER BY mutation_id";
        using var reader = command.ExecuteReader();
        var checkedCount = 0;
        while (reader.Read())
        {
            Mutation mutation;
            try
            {
                mutation = ReadMutation(reader);
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or InvalidCastException)
            {
                return new OutboxVerification(false, checkedCount, reader.GetInt64(1), $"entry cannot be read: {ex.Message}");
            }

            checkedCount++;
            if (mutation.MutationId != previousId + 1)
                return Broken(checkedCount, mutation.MutationId, $"expected mutation {previousId + 1} next; an entry is missing");
            if (!string.Equals(mutation.PreviousHash, previousHash, StringComparison.Ordinal))
                return Broken(checkedCount, mutation.MutationId, "previous-hash link does not match the entry before it");
            if (!string.Equals(MutationHasher.Compute(mutation), mutation.Hash, StringComparison.Ordinal))
                return Broken(checkedCount, mutation.MutationId, "hash does not match the entry's content (edited)");
            previousId = mutation.MutationId;
            previousHash = mutation.Hash;
        }

        var head = SyncStateTable.Get(connection, transaction, SyncStateKeys.ChainHeadHash) ?? string.Empty;
        var lastIssued = SyncStateTable.GetInt64(connection, transaction, SyncStateKeys.LastMutationId);
        if (previousId != lastIssued || !string.Equals(previousHash, head, StringComparison.Ordinal))
            return Broken(checkedCount, previousId + 1, $"chain ends at mutation {previousId} but mutation {lastIssued} was issued; newest entries are missing");
        return new OutboxVerification(true, checkedCount, null, null);
    }

    private static OutboxVerification Broken(int checkedCount, long mutationId, string problem) =>
        new(false, checkedCount, mutationId, problem);

    private static Mutation ReadMutation(SqliteDataReader reader) => new(
        NodeId: reader.GetString(0),
        MutationId: reader.GetInt64(1),
        Id: Guid.Parse(reader.GetString(2)),
        Type: reader.GetString(3),
        Payload: EntityTables.Parse(reader.GetString(4)),
        Hlc: new HybridTimestamp(reader.GetInt64(5)),
        Officer: reader.IsDBNull(6) ? null : reader.GetString(6),
        PreviousHash: reader.GetString(7),
        Hash: reader.GetString(8));
}
