using System.Text.Json;

namespace CounterNode.Node.Storage;

/// <summary>
/// The node's local data for the rest of the node (queue, dossiers, devices). Every change
/// goes through <see cref="MutateAsync"/>: one durable SQLite transaction that updates the
/// optimistic view and appends the mutation to the outbox. Nothing else touches the outbox.
/// </summary>
public interface INodeReplica
{
    /// <summary>This node's id.</summary>
    string NodeId { get; }

    /// <summary>
    /// Runs mutator <paramref name="type"/> with <paramref name="payload"/> locally and records it
    /// for the Hub, durably (the commit is on disk when this returns, so it is safe to print).
    /// </summary>
    /// <exception cref="CounterNode.Shared.Errors.DomainException">The rules refuse it; nothing was changed.</exception>
    Task<MutationResult> MutateAsync(string type, JsonElement payload, string? officer, CancellationToken cancellationToken);

    /// <summary>An entity of the optimistic view, or null.</summary>
    Task<ReplicaEntity?> GetAsync(string type, string id, CancellationToken cancellationToken);

    /// <summary>Entities of a type in the optimistic view, optionally filtered, ordered by id.</summary>
    Task<IReadOnlyList<ReplicaEntity>> QueryAsync(string type, Func<ReplicaEntity, bool>? filter, CancellationToken cancellationToken);

    /// <summary>Notifications from now on (entity changes, refusals, resets) until cancelled.</summary>
    IAsyncEnumerable<ReplicaNotification> WatchAsync(CancellationToken cancellationToken);

    /// <summary>What the node knows about the fate of one of its mutations (pending, applied, or refused with the reason).</summary>
    Task<MutationStatusReport> GetMutationStatusAsync(long mutationId, CancellationToken cancellationToken);

    /// <summary>Checks the outbox hash chain.</summary>
    Task<OutboxVerification> VerifyOutboxAsync(CancellationToken cancellationToken);

    /// <summary>Where the replica stands in the sync protocol.</summary>
    Task<ReplicaSyncState> GetSyncStateAsync(CancellationToken cancellationToken);
}
