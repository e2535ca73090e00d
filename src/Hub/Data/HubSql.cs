namespace CounterNode.Hub.Data;

/// <summary>
/// The raw statements of the push hot path. Plain SQL with <c>@p0..@pN</c> parameters and the
/// model's unquoted snake_case names, so the same text runs on SQLite, PostgreSQL and SQL Server
/// (the Hub tests parse every one of them with the T-SQL parser).
/// </summary>
public static class HubSql
{
    /// <summary>Inserts a change-log entry.</summary>
    public const string InsertChange =
        "INSERT INTO change_log (version, entity_type, entity_id, scope, data, node_id, mutation_id, previous_hash, hash) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)";

    /// <summary>Inserts an entity row that did not exist before the batch.</summary>
    public const string InsertEntity =
        "INSERT INTO entities (type, id, scope, version, data) VALUES (@p0, @p1, @p2, @p3, @p4)";

    /// <summary>Updates an existing entity row (a delete keeps the row with null data).</summary>
    public const string UpdateEntity =
        "UPDATE entities SET scope = @p2, version = @p3, data = @p4 WHERE type = @p0 AND id = @p1";

    /// <summary>Reads one entity row.</summary>
    public const string SelectEntity =
        "SELECT type, id, scope, version, data FROM entities WHERE type = @p0 AND id = @p1";

    /// <summary>Records a pushed mutation and its outcome.</summary>
    public const string InsertAppliedMutation =
        "INSERT INTO applied_mutations (node_id, mutation_id, id, type, payload, hlc, officer, previous_hash, hash, status, reason_code, reason, hub_version, applied_at_ms) " +
        "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)";

    /// <summary>
    /// Takes the writers' lock (<see cref="HubDbContext.LockWritersSql"/>) and reads the change-log head and the
    /// pushing node's head (<c>@p0</c>) in one round trip: version, last hash, last applied, node's last hash.
    /// </summary>
    public const string LockAndSelectHeads =
        HubDbContext.LockWritersSql + ";\n" +
        "SELECT s.version, s.last_hash, n.last_applied, n.last_hash FROM sync_state s CROSS JOIN nodes n WHERE s.id = 1 AND n.node_id = @p0";

    /// <summary>Moves a node's outbox high-water mark.</summary>
    public const string UpdateNodeHead =
        "UPDATE nodes SET last_applied = @p1, last_hash = @p2 WHERE node_id = @p0";

    /// <summary>Records a node's latest pull (cursor and Hub time).</summary>
    public const string UpdateNodePull =
        "UPDATE nodes SET last_pulled_version = @p1, last_pulled_at_ms = @p2 WHERE node_id = @p0";

    /// <summary>Moves the change-log head (the caller holds the writers' lock on this row).</summary>
    public const string UpdateSyncHead =
        "UPDATE sync_state SET version = @p0, last_hash = @p1 WHERE id = 1";

    /// <summary>Reads whether a conflict exists.</summary>
    public const string SelectConflict =
        "SELECT id FROM conflicts WHERE id = @p0";

    /// <summary>Inserts a conflict mirror row.</summary>
    public const string InsertConflict =
        "INSERT INTO conflicts (id, kind, data, first_version, last_version) VALUES (@p0, @p1, @p2, @p3, @p4)";

    /// <summary>Updates a conflict mirror row (its first version stays).</summary>
    public const string UpdateConflict =
        "UPDATE conflicts SET kind = @p1, data = @p2, last_version = @p3 WHERE id = @p0";

    /// <summary>Start of the set read of one type's entities; <see cref="SelectEntitiesOfType"/> appends the id parameters.</summary>
    public const string SelectEntitiesOfTypePrefix =
        "SELECT type, id, scope, version, data FROM entities WHERE type = @p0 AND id IN (";

    /// <summary>The statement reading <paramref name="idCount"/> entities of one type (<c>@p0</c> type, <c>@p1..</c> ids).</summary>
    public static string SelectEntitiesOfType(int idCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(idCount, 1);
        var ids = string.Join(", ", Enumerable.Range(1, idCount).Select(i => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return SelectEntitiesOfTypePrefix + ids + ")";
    }

    /// <summary>Every fixed statement (for the portability test).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        InsertChange, InsertEntity, UpdateEntity, SelectEntity, InsertAppliedMutation, LockAndSelectHeads, UpdateNodeHead, UpdateNodePull, UpdateSyncHead,
        SelectConflict, InsertConflict, UpdateConflict,
    ];
}
