using CounterNode.Hub.Data;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Scopes;
using CounterNode.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Sync;

/// <summary>
/// The Hub side of the sync protocol, without HTTP: push (apply through the shared mutators
/// into a hash-chained, commit-ordered change log), pull, bootstrap, numbers and reserve
/// leases, verification and compaction. Endpoints, tests and the deterministic simulation all
/// drive this same class. Thread-safe; every call uses its own <see cref="HubDbContext"/>.
/// </summary>
public sealed class HubSyncEngine
{
    private readonly IDbContextFactory<HubDbContext> _contexts;
    private readonly MutatorRegistry _mutators;
    private readonly ISyncPokeSender _pokes;
    private readonly TimeProvider _time;
    private readonly HubSyncOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _clockGate = new(1, 1);
    private readonly NodeCredentialCache _credentials;
    private HybridLogicalClock? _clock;

    public HubSyncEngine(
        IDbContextFactory<HubDbContext> contexts,
        MutatorRegistry mutators,
        ISyncPokeSender pokes,
        TimeProvider time,
        IOptions<HubSyncOptions> options,
        ILogger<HubSyncEngine>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(mutators);
        ArgumentNullException.ThrowIfNull(pokes);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _mutators = mutators;
        _pokes = pokes;
        _time = time;
        _options = options.Value;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _credentials = new NodeCredentialCache(time, _options.CredentialCacheDuration);
    }

    /// <summary>Each node's latest pull, written to its node record by <see cref="NodePullMarkService"/> (or <see cref="NodePullMarks.FlushAsync"/>).</summary>
    public NodePullMarks PullMarks { get; } = new();

    /// <summary>Checks a node's credentials.</summary>
    /// <exception cref="NodeAuthenticationException">Unknown node or wrong key.</exception>
    public async Task<NodeIdentity> AuthenticateAsync(string? nodeId, string? key, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(nodeId) || string.IsNullOrEmpty(key))
            throw new NodeAuthenticationException($"Send the {SyncProtocol.NodeIdHeader} and {SyncProtocol.NodeKeyHeader} headers.");
        if (_credentials.Get(nodeId) is { } cached && NodeKeyHasher.Verify(key, cached.KeyHash))
            return new NodeIdentity(nodeId, cached.Scopes);

        // Not cached, stale, or a key that does not match what is cached (it may have just changed): read the row.
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var node = await db.Nodes.AsNoTracking().SingleOrDefaultAsync(n => n.NodeId == nodeId, cancellationToken);
        var credentials = node is null ? null : new NodeCredentials(node.KeyHash, node.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        _credentials.Set(nodeId, credentials);
        if (credentials is null || !NodeKeyHasher.Verify(key, credentials.KeyHash))
            throw new NodeAuthenticationException("Unknown node or wrong key.");
        return new NodeIdentity(nodeId, credentials.Scopes);
    }

    /// <summary>Applies a batch of a node's outbox. Either the whole batch is processed or (on an exception) nothing is stored.</summary>
    /// <exception cref="SyncRequestException">The batch is refused as a whole.</exception>
    public async Task<PushResponse> PushAsync(NodeIdentity node, PushRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.ValidatePush(node, request, _time.GetUtcNow(), _options.MaxClockDrift);
        var clock = await GetClockAsync(cancellationToken);

        var outcomes = new List<MutationOutcome>(request.Mutations.Count);
        var touchedScopes = new HashSet<string>(StringComparer.Ordinal);
        int applied = 0, rejected = 0;
        long version;
        long fromVersion;
        IReadOnlyList<EntityChange>? inline;
        long lastApplied;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Nothing is tracked: the batch's rows are written as raw statements (HubSqlSession), and
            // the writers' lock and both heads are taken in one round trip — on PostgreSQL together
            // with the entities the batch reads first (its dry runs need no lock: they read only the
            // writer's still empty cache).
            await using var sql = new HubSqlSession(db);
            var writer = new ChangeLogWriter(sql, _mutators, _logger);
            List<PushHeads> heads;
            var planned = false;
            if (sql.IsPostgres && request.Mutations.Count > 0 && writer.PlanFirstRound(request.Mutations) is { Count: <= PostgresEntityRead.MaxKeys } keys)
            {
                var (types, ids) = PostgresEntityRead.Arrays(keys);
                (heads, var rows) = await sql.QueryTwoAsync(PostgresEntityRead.LockHeadsAndSelectByKeys, [node.NodeId, types, ids],
                    ReadHeads, ChangeLogWriter.ReadEntity, cancellationToken);
                writer.AbsorbFetched(keys, rows);
                planned = true;
            }
            else
            {
                heads = await sql.QueryAsync(HubSql.LockAndSelectHeads, [node.NodeId], ReadHeads, cancellationToken);
            }

            if (heads.Count != 1)
                throw new InvalidOperationException($"Node {node.NodeId} or the sync state row is missing.");
            var head = heads[0];

            var duplicates = request.Mutations.Where(m => m.MutationId <= head.NodeLastApplied).ToList();
            await CheckDuplicatesAsync(db, node.NodeId, duplicates, cancellationToken);
            outcomes.AddRange(duplicates.Select(m => new MutationOutcome(m.MutationId, MutationStatus.Duplicate)));

            var fresh = request.Mutations.Where(m => m.MutationId > head.NodeLastApplied).ToList();
            if (fresh.Count > 0)
            {
                if (fresh[0].MutationId != head.NodeLastApplied + 1)
                    throw new MutationGapException(node.NodeId, head.NodeLastApplied, fresh[0].MutationId);
                // A node that lost its database bootstraps and restarts its chain with an empty
                // previous hash (it cannot know the old head). That restart is accepted and logged;
                // any other mismatch means the outbox history was altered.
                var restart = fresh[0].PreviousHash.Length == 0 && head.NodeLastHash.Length > 0;
                if (restart)
                    HubSyncLog.ChainRestarted(_logger, node.NodeId, fresh[0].MutationId);
                else if (!string.Equals(fresh[0].PreviousHash, head.NodeLastHash, StringComparison.Ordinal))
                    throw new HashChainBrokenException(fresh[0].MutationId,
                        $"Mutation {fresh[0].MutationId} does not link to mutation {head.NodeLastApplied} as the Hub recorded it.");
            }

            var nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
            writer.StartAt(head.Version, head.LastHash);
            if (fresh.Count > 0 && planned)
                await writer.PrefetchRestAsync(fresh, cancellationToken);
            else if (fresh.Count > 0 && !sql.IsInProcess)
                await writer.PrefetchAsync(fresh, cancellationToken);
            lastApplied = head.NodeLastApplied;
            var lastHash = head.NodeLastHash;
            foreach (var mutation in fresh)
            {
                try
                {
                    clock.Receive(mutation.Hlc);
                }
                catch (ClockDriftException)
                {
                    throw new ClockTooFarAheadException(mutation.MutationId, mutation.Hlc, _time.GetUtcNow(), _options.MaxClockDrift);
                }

                var outcome = writer.Apply(mutation);
                if (outcome.Status == MutationStatus.Applied)
                    applied++;
                else
                    rejected++;
                outcomes.Add(outcome);
                sql.Queue(HubSql.InsertAppliedMutation,
                    mutation.NodeId, mutation.MutationId, mutation.Id, mutation.Type, mutation.Payload.GetRawText(), mutation.Hlc.Value,
                    mutation.Officer, mutation.PreviousHash, mutation.Hash, outcome.Status.ToString(), outcome.ReasonCode, outcome.Reason,
                    writer.Version, nowMs);
                lastApplied = mutation.MutationId;
                lastHash = mutation.Hash;
            }

            writer.QueueEntityWrites();
            if (fresh.Count > 0)
                sql.Queue(HubSql.UpdateNodeHead, node.NodeId, lastApplied, lastHash);
            if (writer.Version != head.Version)
                sql.Queue(HubSql.UpdateSyncHead, writer.Version, writer.LastHash);
            await sql.FlushAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            version = writer.Version;
            fromVersion = head.Version;
            inline = writer.InlineChanges;
            touchedScopes.UnionWith(writer.TouchedScopes);
        }

        HubSyncLog.Pushed(_logger, node.NodeId, applied, rejected, outcomes.Count - applied - rejected, version);
        if (touchedScopes.Count > 0)
            await PokeAsync(new PokeScopes(touchedScopes, fromVersion, inline, clock.Now().Value), version, cancellationToken);
        return new PushResponse(lastApplied, version, [.. outcomes.OrderBy(o => o.MutationId)]);
    }

    /// <summary>Changes in the node's scopes after its cursor, in version order.</summary>
    public async Task<PullResponse> PullAsync(NodeIdentity node, PullRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.CheckProtocol(request.ProtocolVersion);
        SyncRequestRules.CheckNode(node, request.NodeId);
        if (request.Limit <= 0)
            throw new InvalidSyncArgumentException("Limit must be positive.");
        if (request.Cursor < 0)
            throw new InvalidSyncArgumentException("Cursor must not be negative.");
        var limit = Math.Min(request.Limit, SyncProtocol.MaxPullLimit);
        var clock = await GetClockAsync(cancellationToken);

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        // The state row first: every change at or below its version is committed (writers
        // update it in the same transaction as their changes and are serialised on it).
        var state = await db.SyncState.AsNoTracking().SingleAsync(cancellationToken);
        if (request.Cursor > state.Version || request.Cursor < state.RetainedFrom - 1)
        {
            // Ahead of the Hub (the Hub was restored from an older backup) or behind the retained history.
            return new PullResponse([], state.Version, HasMore: false, await LastAppliedAsync(db, node.NodeId, state.Version, cancellationToken),
                ResetRequired: true, clock.Now());
        }

        // At the head (the poke already brought everything, or a timer pull of a quiet hall) there
        // is nothing to read, and compaction cannot remove anything above the head: two queries fewer.
        List<ChangeLogRecord> rows = [];
        if (request.Cursor < state.Version)
        {
            rows = await VisibleChanges(db, node.Scopes)
                .Where(c => c.Version > request.Cursor && c.Version <= state.Version)
                .OrderBy(c => c.Version)
                .Take(limit + 1)
                .ToListAsync(cancellationToken);
            // A compaction that committed between the state read and the change query may have
            // removed entries just above the cursor: the page would silently skip them.
            var retainedFrom = await db.SyncState.AsNoTracking().Select(s => s.RetainedFrom).SingleAsync(cancellationToken);
            if (request.Cursor < retainedFrom - 1)
            {
                return new PullResponse([], state.Version, HasMore: false, await LastAppliedAsync(db, node.NodeId, state.Version, cancellationToken),
                    ResetRequired: true, clock.Now());
            }
        }

        var hasMore = rows.Count > limit;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        var cursor = hasMore ? rows[^1].Version : state.Version;
        var changes = rows.Select(r => new EntityChange(r.Version, r.EntityType, r.EntityId, r.Scope, EntityJson.Parse(r.Data))).ToList();
        var lastApplied = await LastAppliedAsync(db, node.NodeId, cursor, cancellationToken);
        PullMarks.Record(node.NodeId, cursor, _time.GetUtcNow().ToUnixTimeMilliseconds());
        return new PullResponse(changes, cursor, hasMore, lastApplied, ResetRequired: false, clock.Now());
    }

    /// <summary>A page of the current state in the node's scopes (for a new node or one that must reset).</summary>
    public async Task<BootstrapResponse> BootstrapAsync(NodeIdentity node, BootstrapRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.CheckProtocol(request.ProtocolVersion);
        SyncRequestRules.CheckNode(node, request.NodeId);
        if (request.Limit <= 0)
            throw new InvalidSyncArgumentException("Limit must be positive.");
        var limit = Math.Min(request.Limit, SyncProtocol.MaxPullLimit);

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        long snapshot;
        IQueryable<EntityRecord> query = db.Entities.AsNoTracking().Where(e => e.Data != null);
        if (!node.Scopes.Contains(SyncScope.All))
        {
            var scopes = node.Scopes.ToList();
            query = query.Where(e => scopes.Contains(e.Scope));
        }

        if (request.AfterKey is null)
        {
            snapshot = (await db.SyncState.AsNoTracking().SingleAsync(cancellationToken)).Version;
        }
        else
        {
            var key = BootstrapKey.Parse(request.AfterKey)
                ?? throw new InvalidSyncArgumentException("AfterKey is not a key this Hub handed out.");
            snapshot = key.Snapshot;
            query = query.Where(e => string.Compare(e.Type, key.Type) > 0 || (e.Type == key.Type && string.Compare(e.Id, key.Id) > 0));
        }

        var rows = await query.OrderBy(e => e.Type).ThenBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > limit;
        if (hasMore)
            rows.RemoveAt(rows.Count - 1);
        var next = hasMore ? new BootstrapKey(snapshot, rows[^1].Type, rows[^1].Id).ToString() : null;
        var lastApplied = await LastAppliedAsync(db, node.NodeId, snapshot, cancellationToken);
        if (!hasMore)
            PullMarks.Record(node.NodeId, snapshot, _time.GetUtcNow().ToUnixTimeMilliseconds());
        return new BootstrapResponse(
            [.. rows.Select(r => new EntityChange(r.Version, r.Type, r.Id, r.Scope, EntityJson.Parse(r.Data)))],
            next, hasMore, snapshot, lastApplied);
    }

    /// <summary>The next number of a series, handed out once (online numbering).</summary>
    public async Task<NumberResponse> NextNumberAsync(NodeIdentity node, NumberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.CheckProtocol(request.ProtocolVersion);
        SyncRequestRules.CheckNode(node, request.NodeId);
        var (first, _) = await TakeNumbersAsync(request.Series, 1, lease: null, cancellationToken);
        return new NumberResponse(request.Series, first);
    }

    /// <summary>Leases a block of numbers to a node, taken downwards from the series' limit so online numbers stay consecutive; nothing overlaps.</summary>
    public async Task<ReserveLeaseResponse> LeaseReserveAsync(NodeIdentity node, ReserveLeaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(request);
        SyncRequestRules.CheckProtocol(request.ProtocolVersion);
        SyncRequestRules.CheckNode(node, request.NodeId);
        if (request.Size <= 0 || request.Size > _options.MaxReserveBlock)
            throw new InvalidSyncArgumentException($"Block size must be between 1 and {_options.MaxReserveBlock}.");
        var (first, last) = await TakeNumbersAsync(request.Series, request.Size, node.NodeId, cancellationToken);
        HubSyncLog.Leased(_logger, first, last, request.Series.Kind.ToString(), request.Series.Key, request.Series.Day, node.NodeId);
        return new ReserveLeaseResponse(request.Series, node.NodeId, first, last);
    }

    /// <summary>Walks the change log and reports the first entry whose link or hash is wrong.</summary>
    public async Task<LogVerification> VerifyChangeLogAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        var result = await ChangeLogVerifier.VerifyAsync(db, cancellationToken);
        if (!result.IsIntact)
            HubSyncLog.ChainBroken(_logger, result.FirstBrokenVersion!.Value, result.Problem!);
        return result;
    }

    /// <summary>Removes change-log entries below <paramref name="retainFrom"/>; older cursors must bootstrap.</summary>
    public async Task<int> CompactAsync(long retainFrom, CancellationToken cancellationToken)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockWritersAsync(cancellationToken);
        var state = await db.SyncState.SingleAsync(cancellationToken);
        retainFrom = Math.Min(retainFrom, state.Version + 1);
        if (retainFrom <= state.RetainedFrom)
            return 0;
        var anchor = await db.ChangeLog.AsNoTracking().Where(c => c.Version == retainFrom - 1).Select(c => c.Hash).SingleOrDefaultAsync(cancellationToken)
            ?? state.LastHash;
        var deleted = await db.ChangeLog.Where(c => c.Version < retainFrom).ExecuteDeleteAsync(cancellationToken);
        state.RetainedFrom = retainFrom;
        state.RetainedAnchorHash = anchor;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        HubSyncLog.Compacted(_logger, retainFrom, deleted);
        return deleted;
    }

    /// <summary>Applies the retention setting (keeps the last <see cref="HubSyncOptions.RetainVersions"/> versions).</summary>
    public async Task<int> CompactByRetentionAsync(CancellationToken cancellationToken)
    {
        if (_options.RetainVersions <= 0)
            return 0;
        long head;
        await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
            head = (await db.SyncState.AsNoTracking().SingleAsync(cancellationToken)).Version;
        return await CompactAsync(head - _options.RetainVersions + 1, cancellationToken);
    }

    private async Task<(int First, int Last)> TakeNumbersAsync(NumberSeries series, int count, string? lease, CancellationToken cancellationToken)
    {
        if (series is null || string.IsNullOrWhiteSpace(series.Key) || series.Key.Length > 32 || !Enum.IsDefined(series.Kind))
            throw new InvalidSyncArgumentException("The series needs a kind, a key of 1-32 characters and a day.");

        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Same lock as pushes: numbers are handed out strictly one after another, on every provider.
        await db.LockWritersAsync(cancellationToken);
        var row = await db.NumberSeries.SingleOrDefaultAsync(s => s.Kind == series.Kind && s.Key == series.Key && s.Day == series.Day, cancellationToken);
        if (row is null)
        {
            row = new NumberSeriesRecord { Kind = series.Kind, Key = series.Key, Day = series.Day };
            db.NumberSeries.Add(row);
        }

        // Online numbers go up from 1, reserve blocks down from the series' limit: the numbers
        // citizens see online stay consecutive (no jump when a node leases a block), and the two
        // can never overlap because each side checks the other's edge under the writers' lock.
        var ceiling = NumberSeriesLimits.MaxNumber(series.Kind);
        var floor = row.ReserveFloor == 0 ? ceiling + 1 : row.ReserveFloor;
        int first, last;
        if (lease is null)
        {
            if (row.Last + count >= floor)
                throw new NumberSeriesExhaustedException(series, row.Last, floor);
            first = row.Last + 1;
            last = row.Last += count;
        }
        else
        {
            if (floor - count <= row.Last)
                throw new NumberSeriesExhaustedException(series, row.Last, floor);
            last = floor - 1;
            first = row.ReserveFloor = floor - count;
            db.ReserveLeases.Add(new ReserveLeaseRecord
            {
                Kind = series.Kind, Key = series.Key, Day = series.Day, NodeId = lease, First = first, Last = last,
                LeasedAtMs = _time.GetUtcNow().ToUnixTimeMilliseconds(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (first, last);
    }

    private static PushHeads ReadHeads(System.Data.Common.DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3));

    private static async Task CheckDuplicatesAsync(HubDbContext db, string nodeId, List<Mutation> duplicates, CancellationToken cancellationToken)
    {
        if (duplicates.Count == 0)
            return;
        var from = duplicates[0].MutationId;
        var to = duplicates[^1].MutationId;
        var stored = await db.AppliedMutations.AsNoTracking()
            .Where(a => a.NodeId == nodeId && a.MutationId >= from && a.MutationId <= to)
            .Select(a => new { a.MutationId, a.Hash })
            .ToDictionaryAsync(a => a.MutationId, a => a.Hash, cancellationToken);
        foreach (var m in duplicates)
        {
            if (stored.TryGetValue(m.MutationId, out var hash) && !string.Equals(hash, m.Hash, StringComparison.Ordinal))
                throw new HashChainBrokenException(m.MutationId,
                    $"Mutation {m.MutationId} was already received with other content; the node's outbox was altered or its id reused.");
        }
    }

    private static IQueryable<ChangeLogRecord> VisibleChanges(HubDbContext db, IReadOnlyList<string> scopes)
    {
        var query = db.ChangeLog.AsNoTracking();
        if (scopes.Contains(SyncScope.All))
            return query;
        var list = scopes.ToList();
        return query.Where(c => list.Contains(c.Scope));
    }

    // The node's last applied mutation whose effects are all at or below the version: the
    // node may drop outbox entries up to it once it holds the changes up to that version.
    private static Task<long> LastAppliedAsync(HubDbContext db, string nodeId, long version, CancellationToken cancellationToken) =>
        db.AppliedMutations.AsNoTracking()
            .Where(a => a.NodeId == nodeId && a.HubVersion <= version)
            .OrderByDescending(a => a.HubVersion).ThenByDescending(a => a.MutationId)
            .Select(a => a.MutationId)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        try
        {
            await _pokes.PokeAsync(scopes, version, cancellationToken);
        }
#pragma warning disable CA1031 // A lost poke is harmless (nodes also pull on a timer); the commit already happened.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            HubSyncLog.PokeFailed(_logger, ex, version);
        }
    }

    private async Task<HybridLogicalClock> GetClockAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _clock) is { } clock)
            return clock;
        await _clockGate.WaitAsync(cancellationToken);
        try
        {
            if (_clock is not null)
                return _clock;
            // Resume above every timestamp ever received, so the Hub clock never goes back across restarts.
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var max = await db.AppliedMutations.AsNoTracking().MaxAsync(a => (long?)a.Hlc, cancellationToken) ?? 0;
            var created = new HybridLogicalClock(_time, new InMemoryHybridClockStateStore(new HybridTimestamp(max)), _options.MaxClockDrift);
            Volatile.Write(ref _clock, created);
            return created;
        }
        finally
        {
            _clockGate.Release();
        }
    }

}
