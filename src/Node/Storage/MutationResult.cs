using CounterNode.Shared.Sync;

namespace CounterNode.Node.Storage;

/// <summary>A committed local mutation and the optimistic state it produced.</summary>
/// <param name="Mutation">The outbox entry (already durable).</param>
/// <param name="Changes">Entities the mutation changed, with their new optimistic state.</param>
public sealed record MutationResult(Mutation Mutation, IReadOnlyList<EntityChanged> Changes);
