namespace CounterNode.Hub.Data;

/// <summary>
/// In-place upgrades of an existing Hub database to <see cref="SchemaInfoRecord.CurrentVersion"/>.
/// Each step is plain SQL for SQLite and PostgreSQL, with SQL Server's dialect where it differs
/// (the Hub tests parse every SQL Server statement with the T-SQL parser); a step runs in one
/// transaction with its version bump.
/// </summary>
public static class HubSchemaUpgrades
{
    /// <summary>Statements that take a database from version <paramref name="fromVersion"/> to the next; null when no such step exists.</summary>
    /// <param name="fromVersion">The database's current schema version.</param>
    /// <param name="sqlServer">True for SQL Server's dialect (e.g. <c>DROP INDEX name ON table</c>).</param>
    public static IReadOnlyList<string>? Step(int fromVersion, bool sqlServer) => fromVersion switch
    {
        // 1 → 2: each node's latest pull (board: sync lag per node); the entities' scope index
        // goes (it cost a random-page write per entity; see HubDbContext).
        1 =>
        [
            "ALTER TABLE nodes ADD last_pulled_version BIGINT NOT NULL DEFAULT 0",
            "ALTER TABLE nodes ADD last_pulled_at_ms BIGINT NULL",
            sqlServer ? "DROP INDEX ix_entities_scope ON entities" : "DROP INDEX ix_entities_scope",
        ],
        // 2 → 3: reserve blocks are leased downwards from the series' limit (online numbers
        // stay consecutive); 0 = no block leased that way yet.
        2 => ["ALTER TABLE number_series ADD reserve_floor INT NOT NULL DEFAULT 0"],
        _ => null,
    };

    /// <summary>Versions that have an upgrade step (for tests).</summary>
    public static IReadOnlyList<int> UpgradableVersions { get; } = [1, 2];
}
