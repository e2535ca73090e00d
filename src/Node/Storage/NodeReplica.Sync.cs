using System.Globalization;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

// The half of the replica the sync engine drives: outbox reads, push verdicts, pulls with
// rebase, snapshots. Public so an in-process simulation can drive it too.
public sealed partial class NodeReplica
{
    private const string RebaseSavepoint = "rebase_one";

    // Up to this many changes, finding an entity's earlier change is a scan, not a dictionary.
    private const int SmallCommit = 8;

    /// <summary>Outbox entries after <paramref name="afterMutationId"/>, in order, bounded in count and size.</summary>
    public Task<IReadOnlyList<Mutation>> ReadOutboxAsync(long afterMutationId, int maxCount, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        return ReadAsync<IReadOnlyList<Mutation>>(() => OutboxTable.Read(_connection, null, afterMutationId, maxCount, maxBytes), cancellationToken);
    }

    /// <summary>
    /// Records the Hub's answer to a push: refusals (kept so the officer can be told) and how
    /// far the Hub got (so the next push starts after it). Entries are NOT dropped here: the
    /// local view keeps showing their effects until a pull brings the Hub's state.
    /// </summary>
    public async Task<IReadOnlyList<MutationRejected>> RecordPushAsync(PushResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var rejections = await WriteAsync(transaction =>
        {
            var acknowledged = Math.Max(SyncStateTable.GetInt64(_connection, transaction, SyncStateKeys.PushAcknowledged), response.LastApplied);
            SyncStateTable.Set(_connection, transaction, SyncStateKeys.PushAcknowledged, acknowledged);
            NumberAboveHub(transaction, acknowledged);
            var result = new List<MutationRejected>();
            foreach (var outcome in response.Outcomes.Where(o => o.Status == MutationStatus.Rejected))
            {
                using var command = _connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    INSERT INTO mutation_outcome (mutation_id, status, reason_code, reason, received_at)
                    VALUES ($m, $s, $c, $r, $at) ON CONFLICT DO NOTHING
                    """;
                command.Parameters.AddWithValue("$m", outcome.MutationId);
                command.Parameters.AddWithValue("$s", outcome.Status.ToString());
                command.Parameters.AddWithValue("$c", (object?)outcome.ReasonCode ?? DBNull.Value);
                command.Parameters.AddWithValue("$r", (object?)outcome.Reason ?? DBNull.Value);
                command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                if (command.ExecuteNonQuery() > 0)
                    result.Add(new MutationRejected(outcome.MutationId, outcome.ReasonCode, outcome.Reason));
            }

            return result;
        }, cancellationToken).ConfigureAwait(false);
        _notifier.Publish(rejections);
        return rejections;
    }

    /// <summary>What the node knows about the fate of mutation <paramref name="mutationId"/>.</summary>
    public Task<MutationStatusReport> GetMutationStatusAsync(long mutationId, CancellationToken cancellationToken) =>
        ReadAsync(() =>
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT reason_code, reason FROM mutation_outcome WHERE mutation_id = $m";
            command.Parameters.AddWithValue("$m", mutationId);
            using (var reader = command.ExecuteReader())
            {
                if (reader.Read())
                {
                    return new MutationStatusReport(mutationId, MutationState.Rejected,
                        reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
                }
            }

            var acknowledged = Math.Max(
                SyncStateTable.GetInt64(_connection, null, SyncStateKeys.LastApplied),
                SyncStateTable.GetInt64(_connection, null, SyncStateKeys.PushAcknowledged));
            return new MutationStatusReport(mutationId, mutationId <= acknowledged ? MutationState.Applied : MutationState.Pending);
        }, cancellationToken);

    /// <summary>
    /// Stores one pull page in ONE transaction: the Hub's state, the new cursor, and — on the
    /// last page, where the Hub's lastApplied is consistent with the state sent — drops the
    /// acknowledged outbox entries; then re-applies the remaining entries on top (rebase).
    /// Re-storing a page already stored changes nothing.
    /// </summary>
    public async Task<PullApplyResult> ApplyPullAsync(PullResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        List<EntityChanged> changes = [];
        var result = await WriteHubStateAsync(transaction =>
            StorePage(transaction, response.Changes, response.Cursor, response.HasMore, response.LastApplied, response.HubClock, out changes), cancellationToken)
            .ConfigureAwait(false);
        _notifier.Publish(changes);
        return result;
    }

    /// <summary>
    /// Stores a commit carried by a poke exactly as a pull page of it would be stored — but only
    /// when it extends what the replica holds without a gap: the replica is bootstrapped, its
    /// cursor is exactly the poke's <see cref="SyncPoke.FromVersion"/>, and the poke carries one
    /// change per version up to <see cref="SyncPoke.Version"/>. Anything else changes nothing
    /// (the caller pulls). Acknowledged outbox entries are left for the next pull to drop.
    /// </summary>
    public async Task<PokeApplyOutcome> ApplyPokeAsync(SyncPoke poke, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(poke);
        if (poke.Changes is not { } incoming || poke.FromVersion is not { } from || !IsWholeCommit(incoming, from, poke.Version))
            return PokeApplyOutcome.NotApplicable;

        List<EntityChanged>? changes = null;
        // Checked inside the write transaction: nothing can move the cursor in between. A poke
        // that does not apply commits an empty transaction (no disk wait: Hub-state write).
        var outcome = await WriteHubStateAsync(transaction =>
        {
            var (cursor, bootstrapped, hasLocalState) = _hubState.ReadPokeState();
            if (!bootstrapped)
                return PokeApplyOutcome.NotApplicable;
            if (cursor >= poke.Version)
                return PokeApplyOutcome.AlreadyHeld;
            if (cursor != from)
                return PokeApplyOutcome.NotApplicable;
            var hubClock = poke.HubClock is { } clock ? new HybridTimestamp(clock) : HybridTimestamp.Zero;
            if (hasLocalState || HasDeletion(incoming))
            {
                StorePage(transaction, incoming, poke.Version, hasMore: false, hubLastApplied: null, hubClock, out changes);
                return PokeApplyOutcome.Applied;
            }

            // The common case on a quiet node: no overlay, no outbox, no deletion. The view is
            // the server state, and every change is newer than anything stored (all stored
            // versions are at or below the cursor), so each key's last change IS its new view:
            // no before/after reads, no rebase.
            for (var i = 0; i < incoming.Count; i++)
            {
                var change = incoming[i];
                _hubState.UpsertServer(change.EntityType, change.EntityId, change.Scope, change.Data!.Value, change.Version);
            }

            if (!_hubState.SetCursor(poke.Version))
                SyncStateTable.Set(_connection, transaction, SyncStateKeys.Cursor, poke.Version);
            ReceiveHubClock(hubClock);
            changes = LastChangePerKey(incoming);
            return PokeApplyOutcome.Applied;
        }, cancellationToken).ConfigureAwait(false);
        if (changes is not null)
            _notifier.Publish(changes);
        return outcome;
    }

    // One notification per entity, carrying its last change, in order of each entity's first change.
    private static List<EntityChanged> LastChangePerKey(IReadOnlyList<EntityChange> incoming)
    {
        var changes = new List<EntityChanged>(incoming.Count);
        // A poke carries a handful of changes: a linear scan beats building a dictionary (and
        // allocates nothing); large commits still get one.
        Dictionary<EntityKey, int>? seen = incoming.Count > SmallCommit ? new(incoming.Count) : null;
        for (var i = 0; i < incoming.Count; i++)
        {
            var change = incoming[i];
            var key = new EntityKey(change.EntityType, change.EntityId);
            var changed = new EntityChanged(key,
                new ReplicaEntity(change.EntityType, change.EntityId, change.Scope, change.Data!.Value, change.Version, IsPending: false), ChangeOrigin.Sync);
            var at = seen is null ? IndexOf(changes, key) : seen.GetValueOrDefault(key, -1);
            if (at >= 0)
            {
                changes[at] = changed;
            }
            else
            {
                seen?.Add(key, changes.Count);
                changes.Add(changed);
            }
        }

        return changes;
    }

    private static int IndexOf(List<EntityChanged> changes, EntityKey key)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].Key == key)
                return i;
        }

        return -1;
    }

    private static bool HasDeletion(IReadOnlyList<EntityChange> incoming)
    {
        for (var i = 0; i < incoming.Count; i++)
        {
            if (incoming[i].Data is null)
                return true;
        }

        return false;
    }

    // One change per version from+1..to, in order: the whole commit, nothing skipped.
    private static bool IsWholeCommit(IReadOnlyList<EntityChange> changes, long from, long to)
    {
        if (to <= from || changes.Count != to - from)
            return false;
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].Version != from + 1 + i)
                return false;
        }

        return true;
    }

    // One page of Hub state: changes, cursor, Hub clock, acknowledged entries (last page only), rebase.
    private PullApplyResult StorePage(
        SqliteTransaction transaction, IReadOnlyList<EntityChange> incoming, long pageCursor, bool hasMore, long? hubLastApplied,
        HybridTimestamp hubClock, out List<EntityChanged> changes)
    {
        changes = [];
        var before = CaptureBefore(transaction, incoming);
        foreach (var change in incoming)
            StoreServerChange(transaction, change);

        var cursor = Math.Max(SyncStateTable.GetInt64(_connection, transaction, SyncStateKeys.Cursor), pageCursor);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.Cursor, cursor);
        ReceiveHubClock(hubClock);
        // A poke does not say what the Hub applied of this node's outbox (null): the next pull drops those.
        var dropped = hasMore || hubLastApplied is not { } acknowledged ? 0 : Acknowledge(transaction, acknowledged);
        // Nothing moved under the pending entries (an idle timer pull): the overlay is already
        // what a rebase would produce, so skip re-running every pending mutation.
        if (incoming.Count == 0 && dropped == 0)
            return new PullApplyResult(0, 0, 0, 0);
        var rebased = Rebase(transaction, before);
        changes = Diff(transaction, before, ChangeOrigin.Sync);
        return new PullApplyResult(incoming.Count, dropped, rebased, changes.Count);
    }

    /// <summary>
    /// Replaces the server state with a complete snapshot (new node, or the Hub said the cursor
    /// is too old), in one transaction, keeping and rebasing the pending outbox entries.
    /// </summary>
    public async Task<PullApplyResult> ApplySnapshotAsync(IReadOnlyList<EntityChange> entities, long snapshotVersion, long lastApplied, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var result = await WriteHubStateAsync(transaction =>
        {
            EntityTables.ClearServer(_connection, transaction);
            foreach (var entity in entities.Where(e => e.Data is not null))
                StoreServerChange(transaction, entity);
            SyncStateTable.Set(_connection, transaction, SyncStateKeys.Cursor, snapshotVersion);
            var dropped = Acknowledge(transaction, lastApplied);
            var rebased = Rebase(transaction, new Dictionary<EntityKey, ReplicaEntity?>());
            SyncStateTable.Set(_connection, transaction, SyncStateKeys.Bootstrapped, "1");
            return new PullApplyResult(entities.Count, dropped, rebased, entities.Count);
        }, cancellationToken).ConfigureAwait(false);
        LogSnapshotStored(_logger, entities.Count, snapshotVersion);
        _notifier.Publish([new ReplicaReset(snapshotVersion)]);
        return result;
    }

    private Dictionary<EntityKey, ReplicaEntity?> CaptureBefore(SqliteTransaction transaction, IEnumerable<EntityChange> incoming)
    {
        var before = new Dictionary<EntityKey, ReplicaEntity?>();
        foreach (var key in incoming.Select(c => new EntityKey(c.EntityType, c.EntityId)).Concat(EntityTables.OverlayKeys(_connection, transaction)))
        {
            if (!before.ContainsKey(key))
                before[key] = EntityTables.ReadEffective(_connection, transaction, key.Type, key.Id);
        }

        return before;
    }

    private void StoreServerChange(SqliteTransaction transaction, EntityChange change)
    {
        if (change.Data is { } data)
            EntityTables.UpsertServer(_connection, transaction, change.EntityType, change.EntityId, change.Scope, data.GetRawText(), change.Version);
        else
            EntityTables.DeleteServer(_connection, transaction, change.EntityType, change.EntityId);
    }

    private void ReceiveHubClock(HybridTimestamp hubClock)
    {
        if (hubClock == HybridTimestamp.Zero)
            return;
        try
        {
            Clock.Receive(hubClock);
        }
        catch (ClockDriftException ex)
        {
            // The node's clock is far behind the Hub's: keep syncing (data matters more), but say so loudly.
            LogClockDrift(_logger, ex.Remote, ex.LocalPhysical);
        }
    }

    private int Acknowledge(SqliteTransaction transaction, long hubLastApplied)
    {
        var lastApplied = Math.Max(SyncStateTable.GetInt64(_connection, transaction, SyncStateKeys.LastApplied), hubLastApplied);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.LastApplied, lastApplied);
        NumberAboveHub(transaction, lastApplied);
        return OutboxTable.DropUpTo(_connection, transaction, lastApplied);
    }

    // If the Hub has applied mutations this file never issued, the replica was restored from an
    // older copy or recreated: continue numbering above the Hub, or new mutations would be
    // skipped there as retries. The chain restarts from an empty anchor (the Hub accepts that
    // once, right after lastApplied).
    private void NumberAboveHub(SqliteTransaction transaction, long hubLastApplied)
    {
        var lastIssued = SyncStateTable.GetInt64(_connection, transaction, SyncStateKeys.LastMutationId);
        if (hubLastApplied <= lastIssued)
            return;
        LogReplicaBehindHub(_logger, lastIssued, hubLastApplied);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.LastMutationId, hubLastApplied);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.ChainHeadHash, string.Empty);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.ChainAnchorId, hubLastApplied);
        SyncStateTable.Set(_connection, transaction, SyncStateKeys.ChainAnchorHash, string.Empty);
    }

    // Rebuilds the overlay: pending entries re-run, in order, on top of the new server state.
    // An entry the rules now refuse locally (the world changed under it) stays in the outbox
    // with no local effect; the Hub decides it and its verdict comes back through push/pull.
    private int Rebase(SqliteTransaction transaction, Dictionary<EntityKey, ReplicaEntity?> before)
    {
        EntityTables.ClearOverlay(_connection, transaction);
        var pending = OutboxTable.Read(_connection, transaction, 0, int.MaxValue, long.MaxValue);
        var store = new OverlayEntityStore(_connection, transaction);
        foreach (var mutation in pending)
        {
            transaction.Save(RebaseSavepoint);
            try
            {
                _applier.Apply(mutation, store);
                transaction.Release(RebaseSavepoint);
            }
            catch (DomainException ex)
            {
                transaction.Rollback(RebaseSavepoint);
                transaction.Release(RebaseSavepoint);
                LogRebaseRefused(_logger, mutation.MutationId, mutation.Type, ex.Code);
            }
        }

        foreach (var (key, old) in store.Touched)
            before.TryAdd(key, old);
        return pending.Count;
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Hub clock {HubClock} is too far ahead of the local clock {LocalClock}; check the node's time settings")]
    private static partial void LogClockDrift(ILogger logger, HybridTimestamp hubClock, DateTimeOffset localClock);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "The Hub has applied mutations up to {HubLastApplied} but this replica issued only up to {LastIssued}; continuing above the Hub (replica restored or recreated?)")]
    private static partial void LogReplicaBehindHub(ILogger logger, long lastIssued, long hubLastApplied);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Pending mutation {MutationId} ({MutationType}) is refused locally after rebase ({Code}); the Hub decides")]
    private static partial void LogRebaseRefused(ILogger logger, long mutationId, string mutationType, string code);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Stored a snapshot of {EntityCount} entities at version {SnapshotVersion}")]
    private static partial void LogSnapshotStored(ILogger logger, int entityCount, long snapshotVersion);
}
