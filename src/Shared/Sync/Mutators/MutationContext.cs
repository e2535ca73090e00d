using CounterNode.Shared.Time;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>The facts about a mutation a mutator may use besides its payload.</summary>
/// <param name="NodeId">Node that made the change.</param>
/// <param name="MutationId">Per-node sequence number.</param>
/// <param name="Id">Global UUIDv7 of the mutation.</param>
/// <param name="Hlc">When the node made the change (hybrid logical clock).</param>
/// <param name="Officer">Officer signed in at the node, if any.</param>
/// <param name="IsAuthoritative">True on the Hub; false for a node's optimistic run.</param>
public sealed record MutationContext(string NodeId, long MutationId, Guid Id, HybridTimestamp Hlc, string? Officer, bool IsAuthoritative)
{
    /// <summary>The total order used to resolve colliding decisions.</summary>
    public NodeTimestamp Timestamp => new(Hlc, NodeId);

    /// <summary>The context of a pushed or queued mutation.</summary>
    public static MutationContext From(Mutation mutation, bool isAuthoritative)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        return new MutationContext(mutation.NodeId, mutation.MutationId, mutation.Id, mutation.Hlc, mutation.Officer, isAuthoritative);
    }
}
