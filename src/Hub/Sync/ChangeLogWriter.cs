using CounterNode.Hub.Data;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Logging;

namespace CounterNode.Hub.Sync;

/// <summary>
/// Applies the mutations of one push transaction: runs each through the shared mutators
/// against the entities table, and turns its writes into entity rows and hash-chained,
/// consecutively versioned change-log entries. The caller holds the writers' lock, queues
/// its own rows on the same <see cref="HubSqlSession"/>, flushes and commits (or rolls back)
/// everything at once.
/// </summary>
/// <remarks>
/// Built for throughput (one push is one transaction): every entity is read at most once per
/// batch and written back once (<see cref="CachedEntity"/>), change-log entries are queued as
/// raw inserts instead of tracked EF entities, and on a database server the entities a batch
/// will read are fetched up front in a few set queries (<see cref="PrefetchAsync"/>; on PostgreSQL
/// one query for all types), by dry runs whose results <see cref="Apply"/> takes over when they saw the
/// right state, so most mutators run once per push.
/// </remarks>
internal sealed class ChangeLogWriter(HubSqlSession sql, MutatorRegistry mutators, ILogger logger)
{
    // Ids per set query; far below every provider's parameter limit.
    private const int PrefetchChunk = 500;
    // Prefetch rounds: a mutator that reads B only after finding A needs a second round.
    private const int PrefetchRounds = 3;

    private readonly Dictionary<(string Type, string Id), CachedEntity> _rows = [];
    private readonly Dictionary<Mutation, DryRun> _dryRuns = new(ReferenceEqualityComparer.Instance);
    // Keys written by the mutations applied so far: a dry run that read one of them is stale.
    private readonly HashSet<(string Type, string Id)> _written = [];
    private readonly Dictionary<string, PendingConflict> _conflicts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _touchedScopes = new(StringComparer.Ordinal);
    private List<EntityChange>? _inline = [];
    private int _inlineCharacters;

    /// <summary>The change-log head after the mutations applied so far.</summary>
    public long Version { get; private set; }

    /// <summary>Hash of the change-log head.</summary>
    public string LastHash { get; private set; } = string.Empty;

    /// <summary>
    /// Sets the change-log head read under the writers' lock. Prefetching may run before (it
    /// writes nothing); <see cref="Apply"/> only after.
    /// </summary>
    public void StartAt(long version, string lastHash)
    {
        ArgumentNullException.ThrowIfNull(lastHash);
        Version = version;
        LastHash = lastHash;
    }

    /// <summary>Scopes of every entity changed so far (whom to poke after commit).</summary>
    public IReadOnlyCollection<string> TouchedScopes => _touchedScopes;

    /// <summary>
    /// Every change written so far, in version order, while they fit in a poke
    /// (<see cref="PokeScopes.MaxInlineChanges"/>, <see cref="PokeScopes.MaxInlineCharacters"/>); null once they do not.
    /// </summary>
    public IReadOnlyList<EntityChange>? InlineChanges => _inline;

    /// <summary>
    /// Loads, in a few set queries, the entities the mutations are going to read: each mutation
    /// runs once against what is cached so far and the keys it asked for are fetched. A run that
    /// saw the batch's starting state exactly (<see cref="DryRun"/>) is kept for <see cref="Apply"/>;
    /// the others are thrown away. Purely an optimisation: <see cref="Apply"/> reads anything still missing.
    /// </summary>
    public Task PrefetchAsync(IReadOnlyList<Mutation> mutations, CancellationToken cancellationToken) =>
        PrefetchRoundsAsync(mutations, PrefetchRounds, cancellationToken);

    /// <summary>
    /// The first prefetch round without a database: runs every mutation against the empty cache
    /// and returns the keys they read. Needs no lock (a dry run reads only the cache), so on
    /// PostgreSQL the keys are fetched in the same round trip as the writers' lock
    /// (<see cref="PostgresEntityRead.LockHeadsAndSelectByKeys"/>); then <see cref="AbsorbFetched"/> and <see cref="PrefetchRestAsync"/>.
    /// </summary>
    public HashSet<(string Type, string Id)> PlanFirstRound(IReadOnlyList<Mutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var missing = new HashSet<(string Type, string Id)>();
        foreach (var mutation in mutations)
            _dryRuns[mutation] = DryRunOf(mutation, missing);
        return missing;
    }

    /// <summary>Stores the rows fetched for a set of keys (a key without a row is absent), e.g. those of <see cref="PlanFirstRound"/>.</summary>
    public void AbsorbFetched(IEnumerable<(string Type, string Id)> keys, IEnumerable<CachedEntity> rows)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
            _rows[(row.Type, row.Id)] = row;
        foreach (var key in keys)
            _rows.TryAdd(key, Absent(key.Type, key.Id));
    }

    /// <summary>
    /// The prefetch rounds after <see cref="PlanFirstRound"/>/<see cref="AbsorbFetched"/> for the
    /// mutations that will be applied: runs again those whose first run saw a wrong state (or did not run).
    /// </summary>
    public Task PrefetchRestAsync(IReadOnlyList<Mutation> mutations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        var again = new List<Mutation>();
        foreach (var mutation in mutations)
        {
            if (!_dryRuns.TryGetValue(mutation, out var dry) || dry.Misses.Exists(key => !_rows.ContainsKey(key) || _rows[key].ToSession() is not null))
            {
                _dryRuns.Remove(mutation);
                again.Add(mutation);
            }
        }

        return PrefetchRoundsAsync(again, PrefetchRounds - 1, cancellationToken);
    }

    private async Task PrefetchRoundsAsync(IReadOnlyList<Mutation> mutations, int rounds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        IReadOnlyList<Mutation> pending = mutations;
        for (var round = 0; round < rounds && pending.Count > 0; round++)
        {
            var missing = new HashSet<(string Type, string Id)>();
            foreach (var mutation in pending)
                _dryRuns[mutation] = DryRunOf(mutation, missing);

            if (missing.Count == 0)
                return;
            if (sql.IsPostgres)
            {
                // Every type in one statement over two arrays (see PostgresEntityRead).
                foreach (var chunk in missing.Chunk(PostgresEntityRead.MaxKeys))
                {
                    var (types, ids) = PostgresEntityRead.Arrays(chunk);
                    AbsorbFetched(chunk, await sql.QueryAsync(PostgresEntityRead.SelectByKeys, [types, ids], ReadEntity, cancellationToken));
                }
            }
            else
            {
                foreach (var group in missing.GroupBy(k => k.Type, StringComparer.Ordinal))
                {
                    foreach (var chunk in group.Chunk(PrefetchChunk))
                    {
                        var values = new object?[chunk.Length + 1];
                        values[0] = group.Key;
                        for (var i = 0; i < chunk.Length; i++)
                            values[i + 1] = chunk[i].Id;
                        AbsorbFetched(chunk, await sql.QueryAsync(HubSql.SelectEntitiesOfType(chunk.Length), values, ReadEntity, cancellationToken));
                    }
                }
            }

            // A run that saw a key as absent which turned out to exist saw the wrong state: run it again.
            var stale = new List<Mutation>();
            foreach (var mutation in pending)
            {
                if (_dryRuns[mutation].Misses.Exists(key => _rows[key].ToSession() is not null))
                {
                    _dryRuns.Remove(mutation);
                    stale.Add(mutation);
                }
            }

            pending = stale;
        }
    }

    /// <summary>Applies one mutation; a refusal by the rules writes nothing and is returned as <see cref="MutationStatus.Rejected"/>.</summary>
    public MutationOutcome Apply(Mutation mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        BufferedEntitySession session;
        DomainException? refusal = null;
        if (_dryRuns.Remove(mutation, out var dry) && dry.Completed && !dry.Reads.Exists(_written.Contains))
        {
            // Same reads as the real run would make (see DryRun): same result, without running the mutator again.
            session = dry.Session;
            refusal = dry.Refusal;
        }
        else
        {
            session = new BufferedEntitySession((type, id) => Row(type, id).ToSession());
            try
            {
                mutators.Apply(mutation, session, isAuthoritative: true);
            }
            catch (DomainException ex)
            {
                refusal = ex;
            }
        }

        if (refusal is not null)
        {
            HubSyncLog.Rejected(logger, mutation.NodeId, mutation.MutationId, mutation.Type, refusal.Code);
            return new MutationOutcome(mutation.MutationId, MutationStatus.Rejected, refusal.Code, refusal.Message);
        }

        foreach (var write in session.Writes)
            Write(mutation, write);
        return new MutationOutcome(mutation.MutationId, MutationStatus.Applied);
    }

    // Runs a mutation against the cache, noting every key it reads and those not cached yet.
    private DryRun DryRunOf(Mutation mutation, HashSet<(string Type, string Id)> missing)
    {
        DryRun? dry = null;
        var session = new BufferedEntitySession((type, id) =>
        {
            var key = (type, id);
            dry!.Reads.Add(key);
            if (_rows.TryGetValue(key, out var row))
                return row.ToSession();
            dry.Misses.Add(key);
            missing.Add(key);
            return null;
        });
        dry = new DryRun(session);
        try
        {
            mutators.Apply(mutation, session, isAuthoritative: true);
            dry.Completed = true;
        }
        catch (DomainException ex)
        {
            dry.Refusal = ex;
            dry.Completed = true;
        }
#pragma warning disable CA1031 // A dry run: whatever else it throws, the real run throws again and is handled there.
        catch (Exception)
#pragma warning restore CA1031
        {
        }

        return dry;
    }

    /// <summary>Queues the final state of every entity and conflict the batch changed (one statement each).</summary>
    public void QueueEntityWrites()
    {
        foreach (var row in _rows.Values)
        {
            if (row.Dirty)
                sql.Queue(row.InDatabase ? HubSql.UpdateEntity : HubSql.InsertEntity, row.Type, row.Id, row.Scope, row.Version, row.Data);
        }

        foreach (var conflict in _conflicts.Values)
        {
            if (conflict.InDatabase)
                sql.Queue(HubSql.UpdateConflict, conflict.Id, conflict.Kind, conflict.Data, conflict.LastVersion);
            else
                sql.Queue(HubSql.InsertConflict, conflict.Id, conflict.Kind, conflict.Data, conflict.FirstVersion, conflict.LastVersion);
        }
    }

    private void Write(Mutation mutation, EntityWrite write)
    {
        var version = ++Version;
        var row = Row(write.Type, write.Id);
        row.Set(write, version);
        _written.Add((write.Type, write.Id));
        var hash = ChangeLogHasher.Compute(LastHash, version, write.Type, write.Id, write.Scope, row.Data, mutation.NodeId, mutation.MutationId);
        sql.Queue(HubSql.InsertChange, version, write.Type, write.Id, write.Scope, row.Data, mutation.NodeId, mutation.MutationId, LastHash, hash);
        LastHash = hash;
        _touchedScopes.Add(write.Scope);
        KeepInline(new EntityChange(version, write.Type, write.Id, write.Scope, write.Data), row.Data?.Length ?? 0);
        if (write.Type == TicketEntityTypes.Conflict && row.Data is not null)
            MirrorConflict(write, row.Data, version);
    }

    private void KeepInline(EntityChange change, int characters)
    {
        if (_inline is null)
            return;
        _inlineCharacters += characters + change.EntityType.Length + change.EntityId.Length + change.Scope.Length;
        if (_inline.Count >= PokeScopes.MaxInlineChanges || _inlineCharacters > PokeScopes.MaxInlineCharacters)
        {
            _inline = null;
            return;
        }

        _inline.Add(change);
    }

    private CachedEntity Row(string type, string id)
    {
        if (!_rows.TryGetValue((type, id), out var row))
        {
            row = sql.QueryFirstRow(HubSql.SelectEntity, [type, id]) is { } found
                ? new CachedEntity((string)found[0]!, (string)found[1]!, inDatabase: true, (string)found[2]!,
                    Convert.ToInt64(found[3], System.Globalization.CultureInfo.InvariantCulture), (string?)found[4])
                : Absent(type, id);
            _rows[(type, id)] = row;
        }

        return row;
    }

    /// <summary>Maps a row of <see cref="HubSql.SelectEntity"/>-shaped queries (type, id, scope, version, data).</summary>
    public static CachedEntity ReadEntity(System.Data.Common.DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), inDatabase: true, reader.GetString(2), reader.GetInt64(3),
            reader.IsDBNull(4) ? null : reader.GetString(4));

    private static CachedEntity Absent(string type, string id) => new(type, id, inDatabase: false, string.Empty, 0, null);

    // Conflicts are also kept in their own table so the board and reports need not scan entities.
    private void MirrorConflict(EntityWrite write, string data, long version)
    {
        var kind = write.Data is { } element && element.TryGetProperty("kind", out var k) ? k.GetString() ?? "unknown" : "unknown";
        if (!_conflicts.TryGetValue(write.Id, out var conflict))
        {
            var exists = sql.QueryFirstRow(HubSql.SelectConflict, [write.Id]) is not null;
            conflict = new PendingConflict(write.Id, exists, version);
            _conflicts[write.Id] = conflict;
        }

        conflict.Kind = kind;
        conflict.Data = data;
        conflict.LastVersion = version;
    }
}
