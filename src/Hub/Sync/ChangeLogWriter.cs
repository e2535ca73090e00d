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
/// consecutively versioned change-log entries. The caller holds the writers' lock and
/// commits (or rolls back) everything at once.
/// </summary>
internal sealed class ChangeLogWriter(HubDbContext db, SyncStateRecord state, MutatorRegistry mutators, ILogger logger)
{
    // Rows read or written in this transaction, misses included: EF's Find does not remember
    // that a row is absent, and every ticket issue probes two absent rows.
    private readonly Dictionary<(string Type, string Id), EntityRecord?> _rows = [];
    private readonly HashSet<string> _touchedScopes = new(StringComparer.Ordinal);

    /// <summary>Scopes of every entity changed so far (whom to poke after commit).</summary>
    public IReadOnlyCollection<string> TouchedScopes => _touchedScopes;

    /// <summary>Applies one mutation; a refusal by the rules writes nothing and is returned as <see cref="MutationStatus.Rejected"/>.</summary>
    public MutationOutcome Apply(Mutation mutation)
    {
        var session = new BufferedEntitySession((type, id) =>
            Row(type, id) is { Data: { } data } row ? new SessionEntity(row.Type, row.Id, row.Scope, EntityJson.Parse(data)!.Value) : null);
        try
        {
            mutators.Apply(mutation, session, isAuthoritative: true);
        }
        catch (DomainException ex)
        {
            HubSyncLog.Rejected(logger, mutation.NodeId, mutation.MutationId, mutation.Type, ex.Code);
            return new MutationOutcome(mutation.MutationId, MutationStatus.Rejected, ex.Code, ex.Message);
        }

        foreach (var write in session.Writes)
            Write(mutation, write);
        return new MutationOutcome(mutation.MutationId, MutationStatus.Applied);
    }

    private void Write(Mutation mutation, EntityWrite write)
    {
        var version = ++state.Version;
        var data = write.Data?.GetRawText();
        var entity = Row(write.Type, write.Id);
        if (entity is null)
        {
            entity = new EntityRecord { Type = write.Type, Id = write.Id, Scope = write.Scope, Version = version, Data = data };
            db.Entities.Add(entity);
            _rows[(write.Type, write.Id)] = entity;
        }
        else
        {
            entity.Scope = write.Scope;
            entity.Version = version;
            entity.Data = data;
        }

        var hash = ChangeLogHasher.Compute(state.LastHash, version, write.Type, write.Id, write.Scope, data, mutation.NodeId, mutation.MutationId);
        db.ChangeLog.Add(new ChangeLogRecord
        {
            Version = version,
            EntityType = write.Type,
            EntityId = write.Id,
            Scope = write.Scope,
            Data = data,
            NodeId = mutation.NodeId,
            MutationId = mutation.MutationId,
            PreviousHash = state.LastHash,
            Hash = hash,
        });
        state.LastHash = hash;
        _touchedScopes.Add(write.Scope);
        if (write.Type == TicketEntityTypes.Conflict && data is not null)
            MirrorConflict(write, data, version);
    }

    private EntityRecord? Row(string type, string id)
    {
        if (!_rows.TryGetValue((type, id), out var row))
            _rows[(type, id)] = row = db.Entities.Find(type, id);
        return row;
    }

    // Conflicts are also kept in their own table so the board and reports need not scan entities.
    private void MirrorConflict(EntityWrite write, string data, long version)
    {
        var kind = write.Data is { } element && element.TryGetProperty("kind", out var k) ? k.GetString() ?? "unknown" : "unknown";
        var conflict = db.Conflicts.Find(write.Id);
        if (conflict is null)
        {
            db.Conflicts.Add(new ConflictRecord { Id = write.Id, Kind = kind, Data = data, FirstVersion = version, LastVersion = version });
        }
        else
        {
            conflict.Kind = kind;
            conflict.Data = data;
            conflict.LastVersion = version;
        }
    }
}
