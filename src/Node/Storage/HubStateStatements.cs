using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CounterNode.Node.Storage;

/// <summary>
/// The statements every node runs for every poke (read the cursor, store the changes, move the
/// cursor, persist the clock), prepared once on the replica's SQLite handle and run through
/// SQLitePCL directly. Same SQL, same stored values as the <see cref="SqliteCommand"/> path;
/// what it saves is Microsoft.Data.Sqlite's per-execution objects (reader, statement
/// enumerator, one binder per parameter) and the UTF-16 copy of each entity's JSON: the JSON is
/// bound as the UTF-8 bytes the poke already holds. With 200 nodes in one process that was
/// ~1 KB of garbage per statement per node per poke.
/// </summary>
/// <remarks>
/// Runs only inside the replica's write transaction (the caller holds the writer lock and a
/// <see cref="SqliteTransaction"/> is open on the same handle), so the statements belong to
/// that transaction and roll back with it. Each statement is reset after use, whatever happens.
/// PRAGMAs stay out of here: SQLite applies <c>PRAGMA synchronous</c> when it prepares the
/// statement, so a statement prepared ahead of time would change the connection's durability
/// at the wrong moment.
/// </remarks>
internal sealed class HubStateStatements : IDisposable
{
    // Short strings (entity types, ids, scopes) are encoded on the stack; longer ones are rare.
    private const int StackEncodeLimit = 256;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _readPokeState;
    private readonly sqlite3_stmt _upsertServer;
    private readonly sqlite3_stmt _setCursor;
    private readonly sqlite3_stmt _persistClock;

    public HubStateStatements(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The replica's connection is not open.");
        _readPokeState = Prepare("""
            SELECT (SELECT value FROM sync_state WHERE key = ?1),
                   (SELECT value FROM sync_state WHERE key = ?2),
                   EXISTS (SELECT 1 FROM local_entity) OR EXISTS (SELECT 1 FROM outbox)
            """);
        BindText(_readPokeState, 1, SyncStateKeys.Cursor);
        BindText(_readPokeState, 2, SyncStateKeys.Bootstrapped);
        _upsertServer = Prepare(EntityTables.UpsertServerSql);
        _setCursor = Prepare("UPDATE sync_state SET value = ?1 WHERE key = ?2");
        BindText(_setCursor, 2, SyncStateKeys.Cursor);
        // MAX keeps the stored reading monotonic even if another process (a verify or repair
        // tool) wrote to the same file with its own clock.
        _persistClock = Prepare("""
            INSERT INTO sync_state (key, value) VALUES (?1, ?2)
            ON CONFLICT (key) DO UPDATE SET value = CAST(MAX(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER)) AS TEXT)
            """);
        BindText(_persistClock, 1, SyncStateKeys.Hlc);
    }

    /// <summary>The cursor (0 when unset), whether a snapshot was stored, and whether pending local work exists.</summary>
    public (long Cursor, bool Bootstrapped, bool HasLocalState) ReadPokeState()
    {
        try
        {
            Step(_readPokeState, raw.SQLITE_ROW);
            var cursor = raw.sqlite3_column_type(_readPokeState, 0) == raw.SQLITE_NULL ? 0 : ParseInt64(raw.sqlite3_column_blob(_readPokeState, 0));
            var bootstrapped = raw.sqlite3_column_type(_readPokeState, 1) != raw.SQLITE_NULL && raw.sqlite3_column_blob(_readPokeState, 1).SequenceEqual("1"u8);
            return (cursor, bootstrapped, raw.sqlite3_column_int64(_readPokeState, 2) != 0);
        }
        finally
        {
            raw.sqlite3_reset(_readPokeState);
        }
    }

    /// <summary>Stores one entity's Hub state (same statement as <see cref="EntityTables.UpsertServer"/>).</summary>
    public void UpsertServer(string type, string id, string scope, JsonElement data, long version)
    {
        try
        {
            BindText(_upsertServer, 1, type);
            BindText(_upsertServer, 2, id);
            BindText(_upsertServer, 3, scope);
            // The element's own UTF-8 text: exactly what GetRawText() would give, without the copy.
            Check(raw.sqlite3_bind_text(_upsertServer, 4, JsonMarshal.GetRawUtf8Value(data)));
            Check(raw.sqlite3_bind_int64(_upsertServer, 5, version));
            Step(_upsertServer, raw.SQLITE_DONE);
        }
        finally
        {
            raw.sqlite3_reset(_upsertServer);
        }
    }

    /// <summary>Sets the cursor row; false when there is none yet.</summary>
    public bool SetCursor(long cursor)
    {
        try
        {
            BindInt64AsText(_setCursor, 1, cursor);
            Step(_setCursor, raw.SQLITE_DONE);
            return raw.sqlite3_changes(_db) == 1;
        }
        finally
        {
            raw.sqlite3_reset(_setCursor);
        }
    }

    /// <summary>Stores the clock reading (text, as every sync_state value), never moving it back.</summary>
    public void PersistClock(long hlc)
    {
        try
        {
            BindInt64AsText(_persistClock, 2, hlc);
            Step(_persistClock, raw.SQLITE_DONE);
        }
        finally
        {
            raw.sqlite3_reset(_persistClock);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _readPokeState.Dispose();
        _upsertServer.Dispose();
        _setCursor.Dispose();
        _persistClock.Dispose();
    }

    private sqlite3_stmt Prepare(string sql)
    {
        Check(raw.sqlite3_prepare_v3(_db, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement));
        return statement;
    }

    private void Step(sqlite3_stmt statement, int expected)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc != expected)
            SqliteException.ThrowExceptionForRC(rc == raw.SQLITE_ROW || rc == raw.SQLITE_DONE ? raw.SQLITE_MISUSE : rc, _db);
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, _db);

    private void BindText(sqlite3_stmt statement, int index, string value)
    {
        if (value.Length > StackEncodeLimit / 3)
        {
            Check(raw.sqlite3_bind_text(statement, index, value));
            return;
        }

        Span<byte> utf8 = stackalloc byte[StackEncodeLimit];
        var length = Encoding.UTF8.GetBytes(value, utf8);
        Check(raw.sqlite3_bind_text(statement, index, utf8[..length]));
    }

    // sync_state values are text ("123"), as SyncStateTable writes them.
    private void BindInt64AsText(sqlite3_stmt statement, int index, long value)
    {
        Span<byte> utf8 = stackalloc byte[20];
        if (!Utf8Formatter.TryFormat(value, utf8, out var length))
            throw new InvalidOperationException($"Cannot format {value}.");
        Check(raw.sqlite3_bind_text(statement, index, utf8[..length]));
    }

    // Same result as long.Parse(text, InvariantCulture) on a stored value, including its error.
    private static long ParseInt64(ReadOnlySpan<byte> utf8) =>
        Utf8Parser.TryParse(utf8, out long value, out var consumed) && consumed == utf8.Length
            ? value
            : throw new FormatException("A sync_state value is not an integer.");
}
