using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CounterNode.Node.Sync;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Identifiers;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace CounterNode.Node.Storage;

/// <summary>
/// The node's SQLite replica: confirmed server state, optimistic overlay, hash-chained outbox,
/// sync state, HLC state and reserve numbers, in one file. One connection and one writer lock:
/// a counter PC makes a few changes per minute, and a single writer makes "max + 1" mutation
/// ids gapless and every transaction trivially serialisable.
/// </summary>
/// <remarks>
/// Durability: WAL with <c>synchronous=FULL</c>, so a commit is on disk when it returns and a
/// ticket can be printed right after. The one exception is storing Hub state (pull pages, poke
/// commits, snapshots; see <see cref="WriteHubStateAsync{T}"/>), which does not wait for the disk. Write transactions start with <c>BEGIN IMMEDIATE</c>
/// (Microsoft.Data.Sqlite's default), so even a second process on the same file (a repair
/// tool, the crash test) cannot interleave between reading "max" and writing "max + 1".
/// See <c>docs/node-sync-api.md</c>.
/// </remarks>
public sealed partial class NodeReplica : INodeReplica, IAsyncDisposable, IDisposable
{
    /// <summary>Largest accepted payload of one mutation (its canonical JSON text).</summary>
    public const int MaxPayloadBytes = 256 * 1024;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly IMutationApplier _applier;
    private readonly TimeProvider _time;
    private readonly Uuid7 _ids;
    private readonly ILogger _logger;
    private readonly ReplicaClockState _clockState;
    private readonly ReplicaNotifier _notifier = new();
    private bool _disposed;
    // Commands run on every Hub-state write (durability switches, idle checkpoint), prepared once
    // per connection (a new SqliteCommand re-prepares its SQL on every execution; with 200 nodes
    // per poke that adds up). The poke's own statements are in HubStateStatements.
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private readonly IdleCheckpointer _idleCheckpointer;
    private readonly HubStateStatements _hubState;

    private NodeReplica(NodeReplicaOptions options, SqliteConnection connection, IMutationApplier applier, TimeProvider time, Uuid7 ids, ILogger logger)
    {
        NodeId = options.NodeId;
        _connection = connection;
        _applier = applier;
        _time = time;
        _ids = ids;
        _logger = logger;
        _clockState = new ReplicaClockState(LoadClock(connection));
        Clock = new HybridLogicalClock(time, _clockState, options.MaxClockDrift);
        _hubState = new HubStateStatements(connection);
        _idleCheckpointer = new IdleCheckpointer(time, WalCheckpointSpacing.IdleDelayFor(NodeId), CheckpointWhenIdleAsync);
    }

    /// <inheritdoc />
    public string NodeId { get; }

    /// <summary>The node's hybrid logical clock (persisted with every write transaction).</summary>
    public HybridLogicalClock Clock { get; }

    /// <summary>Path or name of the database.</summary>
    public string DataSource => _connection.DataSource;

    /// <summary>Raised after a local mutation is committed (the sync agent pushes soon after).</summary>
    public event EventHandler? OutboxAppended;

    /// <summary>
    /// Test seam: runs inside the mutation transaction after every write and before commit, to
    /// prove that a crash there leaves neither the view nor the outbox changed.
    /// </summary>
    internal Action? BeforeMutationCommit { get; set; }

    /// <summary>Opens (creating and migrating when needed) a replica.</summary>
    /// <exception cref="SchemaTooNewException">The file belongs to a newer build.</exception>
    public static NodeReplica Open(NodeReplicaOptions options, IMutationApplier applier, TimeProvider time, Uuid7? ids = null, ILogger<NodeReplica>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(applier);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.NodeId);
        var connection = new SqliteConnection(options.ConnectionString);
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // WAL lets readers of other tools (backup, verify) run beside the node; FULL makes
                // every commit durable before it returns (a printed ticket must survive power loss).
                // Checkpoints normally run when the node is idle (IdleCheckpointer); SQLite's own,
                // inside a commit, is the backstop for a node that never goes quiet. Its threshold
                // differs per node so a hall's replicas, which store the same commits in lockstep,
                // do not all checkpoint on the same poke (WalCheckpointSpacing).
                pragma.CommandText = $"""
                    PRAGMA journal_mode = WAL;
                    PRAGMA synchronous = FULL;
                    PRAGMA busy_timeout = 5000;
                    PRAGMA foreign_keys = ON;
                    PRAGMA wal_autocheckpoint = {WalCheckpointSpacing.PagesFor(options.NodeId).ToString(CultureInfo.InvariantCulture)};
                    """;
                pragma.ExecuteNonQuery();
            }

            SchemaMigrator.Migrate(connection, NodeSchema.Migrations, time);
            return new NodeReplica(options, connection, applier, time, ids ?? new Uuid7(time), (ILogger?)logger ?? NullLogger.Instance);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<MutationResult> MutateAsync(string type, JsonElement payload, string? officer, CancellationToken cancellationToken)
    {
        ValidateType(type);
        var canonical = Canonicalize(payload);
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        MutationResult result;
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            var mutationId = SyncStateTable.GetInt64(_connection, transaction, SyncStateKeys.LastMutationId) + 1;
            var previousHash = SyncStateTable.Get(_connection, transaction, SyncStateKeys.ChainHeadHash) ?? string.Empty;
            var hlc = Clock.Now();
            var id = _ids.NewId();
            var hash = MutationHasher.Compute(previousHash, NodeId, mutationId, id, type, canonical.GetRawText(), hlc, officer);
            var mutation = new Mutation(NodeId, mutationId, id, type, canonical, hlc, officer, previousHash, hash);

            var store = new OverlayEntityStore(_connection, transaction);
            _applier.Apply(mutation, store);
            OutboxTable.Append(_connection, transaction, mutation, _time.GetUtcNow());
            SyncStateTable.Set(_connection, transaction, SyncStateKeys.LastMutationId, mutationId);
            SyncStateTable.Set(_connection, transaction, SyncStateKeys.ChainHeadHash, hash);
            PersistClock();
            var changes = Diff(transaction, store.Touched, ChangeOrigin.Local);
            BeforeMutationCommit?.Invoke();
            transaction.Commit();
            _idleCheckpointer.NoteCommit();
            result = new MutationResult(mutation, changes);
            LogMutationRecorded(_logger, mutationId, type, hlc);
        }
        finally
        {
            _writer.Release();
        }

        _notifier.Publish(result.Changes);
        OutboxAppended?.Invoke(this, EventArgs.Empty);
        return result;
    }

    /// <inheritdoc />
    public Task<ReplicaEntity?> GetAsync(string type, string id, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return ReadAsync(() => EntityTables.ReadEffective(_connection, null, type, id), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReplicaEntity>> QueryAsync(string type, Func<ReplicaEntity, bool>? filter, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        var all = await ReadAsync(() => EntityTables.QueryEffective(_connection, null, type), cancellationToken).ConfigureAwait(false);
        return filter is null ? all : all.Where(filter).ToList();
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ReplicaNotification> WatchAsync(CancellationToken cancellationToken) => _notifier.WatchAsync(cancellationToken);

    /// <inheritdoc />
    public Task<OutboxVerification> VerifyOutboxAsync(CancellationToken cancellationToken) =>
        ReadAsync(() => OutboxTable.Verify(_connection, null), cancellationToken);

    /// <inheritdoc />
    public Task<ReplicaSyncState> GetSyncStateAsync(CancellationToken cancellationToken) =>
        ReadAsync(() => new ReplicaSyncState(
            NodeId,
            SyncStateTable.GetInt64(_connection, null, SyncStateKeys.Cursor),
            SyncStateTable.GetInt64(_connection, null, SyncStateKeys.LastApplied),
            SyncStateTable.GetInt64(_connection, null, SyncStateKeys.PushAcknowledged),
            SyncStateTable.GetInt64(_connection, null, SyncStateKeys.LastMutationId),
            OutboxTable.Count(_connection, null),
            SyncStateTable.Get(_connection, null, SyncStateKeys.Bootstrapped) == "1"), cancellationToken);

    /// <summary>Runs SQLite's own consistency check (<c>PRAGMA integrity_check</c>); "ok" when sound.</summary>
    public Task<string> CheckIntegrityAsync(CancellationToken cancellationToken) =>
        ReadAsync(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
        }, cancellationToken);

    /// <summary>Reads a PRAGMA on the replica's own connection (durability settings are per connection).</summary>
    internal Task<string> ReadPragmaAsync(string name, CancellationToken cancellationToken) =>
        ReadAsync(() =>
        {
            if (!name.All(c => char.IsAsciiLetterLower(c) || c == '_'))
                throw new ArgumentException($"'{name}' is not a pragma name.", nameof(name));
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA " + name;
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? string.Empty;
        }, cancellationToken);

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Wait();
        try
        {
            if (_disposed)
                return;
            _disposed = true;
            // No write is in flight (the writer lock is held); a checkpoint already waiting for
            // the lock sees _disposed and does nothing.
            _idleCheckpointer.Dispose();
            foreach (var command in _prepared.Values)
                command.Dispose();
            _prepared.Clear();
            _hubState.Dispose();
            _connection.Dispose();
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // Readers share the writer lock: one connection, and reads take microseconds.
    private async Task<T> ReadAsync<T>(Func<T> read, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return read();
        }
        finally
        {
            _writer.Release();
        }
    }

    private async Task<T> WriteAsync<T>(Func<SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            var result = write(transaction);
            PersistClock();
            transaction.Commit();
            _idleCheckpointer.NoteCommit();
            return result;
        }
        finally
        {
            _writer.Release();
        }
    }

    // Hub state is a copy the Hub can always send again, so its transactions do not wait for the
    // disk (synchronous=NORMAL; on 200 nodes each poke otherwise costs 200 fsyncs at once). That
    // weakens nothing: the WAL is written in commit order, so the node's next own (FULL) commit
    // makes every earlier Hub-state commit durable with it; only Hub state stored after the last
    // own commit can be lost in a power cut, and then its cursor goes with it (same transaction)
    // and the node pulls it again. Outbox entries it acknowledged come back and are pushed again
    // (the Hub answers "duplicate"); the node's own mutations and verdicts stay FULL.
    private async Task<T> WriteHubStateAsync<T>(Func<SqliteTransaction, T> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            SetSynchronous("NORMAL");
            try
            {
                using var transaction = _connection.BeginTransaction();
                var result = write(transaction);
                PersistClock();
                transaction.Commit();
                _idleCheckpointer.NoteCommit();
                return result;
            }
            finally
            {
                SetSynchronous("FULL");
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>The idle checkpoint started last (completed when none ran); tests await it.</summary>
    internal Task LastIdleCheckpoint => _idleCheckpointer.LastCheckpoint;

    // Copies the WAL into the main file while nothing else happens (PASSIVE: never waits for a
    // reader of another process, and SQLite's checkpoint is crash-safe at every step). Runs on
    // the replica's connection under the writer lock, like any other statement; the next write
    // then starts the WAL over from its beginning.
    private async Task CheckpointWhenIdleAsync()
    {
        await _writer.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed)
                return;
            Prepared("PRAGMA wal_checkpoint(PASSIVE)", null).ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            // Nothing is lost: the WAL keeps the data, and SQLite checkpoints at its threshold.
            LogIdleCheckpointFailed(_logger, ex.SqliteErrorCode, ex.Message);
        }
        finally
        {
            _writer.Release();
        }
    }

    private void SetSynchronous(string level) =>
        Prepared(level == "FULL" ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL", null).ExecuteNonQuery();

    // A cached command (caller holds the writer lock): parameters are set by the caller each time.
    private SqliteCommand Prepared(string sql, SqliteTransaction? transaction)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _prepared[sql] = command;
        }

        command.Transaction = transaction;
        return command;
    }

    // Runs in every write transaction (the statement is prepared once; see HubStateStatements).
    private void PersistClock() => _hubState.PersistClock(_clockState.Load().Value);

    private static HybridTimestamp LoadClock(SqliteConnection connection)
    {
        // The outbox is consulted too: its newest reading is a lower bound whatever sync_state says.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(COALESCE((SELECT CAST(value AS INTEGER) FROM sync_state WHERE key = 'hlc'), 0), COALESCE((SELECT MAX(hlc) FROM outbox), 0))";
        return new HybridTimestamp(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture));
    }

    private List<EntityChanged> Diff(SqliteTransaction transaction, IReadOnlyDictionary<EntityKey, ReplicaEntity?> before, ChangeOrigin origin)
    {
        var changes = new List<EntityChanged>();
        foreach (var (key, old) in before)
        {
            var now = EntityTables.ReadEffective(_connection, transaction, key.Type, key.Id);
            if (!SameState(old, now))
                changes.Add(new EntityChanged(key, now, origin));
        }

        return changes;
    }

    private static bool SameState(ReplicaEntity? a, ReplicaEntity? b) =>
        (a, b) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            _ => a.Version == b.Version && a.IsPending == b.IsPending && a.Scope == b.Scope &&
                 string.Equals(a.Data.GetRawText(), b.Data.GetRawText(), StringComparison.Ordinal),
        };

    private static void ValidateType(string type)
    {
        if (string.IsNullOrEmpty(type) || type.Length > 100 || !MutationTypePattern().IsMatch(type))
            throw new InvalidMutationException($"Mutation type '{type}' is not valid: use a dotted name like 'ticket.issue' (letters, digits, '-', '_', at most 100 characters).");
    }

    // Canonical text = System.Text.Json's compact writer output; hashing, storing and sending all
    // use this exact text, so the Hub recomputes the same hash from what it receives.
    private static JsonElement Canonicalize(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
            throw new InvalidMutationException($"A mutation payload must be a JSON object, not {payload.ValueKind}.");
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        if (bytes.Length > MaxPayloadBytes)
            throw new InvalidMutationException($"The mutation payload has {bytes.Length} bytes; at most {MaxPayloadBytes} are allowed.");
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9_-]{0,99}(\\.[A-Za-z][A-Za-z0-9_-]*)*$")]
    private static partial Regex MutationTypePattern();

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Idle WAL checkpoint failed (SQLite error {SqliteError}: {Problem}); SQLite checkpoints at its threshold instead")]
    private static partial void LogIdleCheckpointFailed(ILogger logger, int sqliteError, string problem);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Recorded mutation {MutationId} ({MutationType}) at {Hlc}")]
    private static partial void LogMutationRecorded(ILogger logger, long mutationId, string mutationType, HybridTimestamp hlc);
}
