namespace CounterNode.Node.Storage;

/// <summary>
/// The replica's schema as an ordered list of migrations. Append new steps at the end; never
/// edit a step that has shipped (nodes in the hall already ran it).
/// </summary>
public static class NodeSchema
{
    /// <summary>Every migration, in version order.</summary>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(1, "replica, outbox, sync state, reserve numbers", """
            -- State confirmed by the Hub: the last version of each entity in the node's scope.
            CREATE TABLE server_entity (
                type    TEXT    NOT NULL,
                id      TEXT    NOT NULL,
                scope   TEXT    NOT NULL,
                data    TEXT    NOT NULL,
                version INTEGER NOT NULL,
                PRIMARY KEY (type, id)
            ) WITHOUT ROWID;

            -- Optimistic overlay: what the pending outbox mutations change on top of server_entity.
            -- data NULL = deleted locally. Rebuilt on every rebase.
            CREATE TABLE local_entity (
                type  TEXT NOT NULL,
                id    TEXT NOT NULL,
                scope TEXT NOT NULL,
                data  TEXT NULL,
                PRIMARY KEY (type, id)
            ) WITHOUT ROWID;

            -- Transactional outbox, hash-chained (RULES 11). Entries are dropped once the Hub has
            -- applied them and a pull brought their effects; sync_state keeps the chain anchor.
            CREATE TABLE outbox (
                mutation_id INTEGER PRIMARY KEY,
                node_id     TEXT    NOT NULL,
                id          TEXT    NOT NULL UNIQUE,
                type        TEXT    NOT NULL,
                payload     TEXT    NOT NULL,
                hlc         INTEGER NOT NULL,
                officer     TEXT    NULL,
                prev_hash   TEXT    NOT NULL,
                hash        TEXT    NOT NULL,
                created_at  TEXT    NOT NULL
            );

            -- The Hub's verdicts that the node must show (refusals); kept after the entry is dropped.
            CREATE TABLE mutation_outcome (
                mutation_id INTEGER PRIMARY KEY,
                status      TEXT NOT NULL,
                reason_code TEXT NULL,
                reason      TEXT NULL,
                received_at TEXT NOT NULL
            );

            -- Key/value sync state: cursor, last_applied, last_mutation_id, hlc, chain anchor.
            CREATE TABLE sync_state (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;

            -- Blocks of printed numbers leased by the Hub to this node alone.
            CREATE TABLE reserve_block (
                kind      TEXT    NOT NULL,
                series    TEXT    NOT NULL,
                day       TEXT    NOT NULL,
                first     INTEGER NOT NULL,
                last      INTEGER NOT NULL,
                next      INTEGER NOT NULL,
                leased_at TEXT    NOT NULL,
                PRIMARY KEY (kind, series, day, first)
            ) WITHOUT ROWID;

            -- Every number this node handed out; the unique key makes a local double use impossible.
            CREATE TABLE number_usage (
                kind    TEXT    NOT NULL,
                series  TEXT    NOT NULL,
                day     TEXT    NOT NULL,
                number  INTEGER NOT NULL,
                source  TEXT    NOT NULL,
                used_at TEXT    NOT NULL,
                PRIMARY KEY (kind, series, day, number)
            ) WITHOUT ROWID;
            """),
    ];

    /// <summary>Highest version this build knows.</summary>
    public static int LatestVersion => Migrations[^1].Version;
}
