using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Sync;

/// <summary>
/// Runs a mutation's domain rules against the node's optimistic view. Production uses
/// <see cref="SharedMutatorApplier"/> (the SAME mutators the Hub runs); tests may plug in
/// narrow ones.
/// </summary>
public interface IMutationApplier
{
    /// <summary>Applies <paramref name="mutation"/> to <paramref name="entities"/>.</summary>
    /// <exception cref="CounterNode.Shared.Errors.DomainException">The rules refuse it; the caller discards its writes.</exception>
    void Apply(Mutation mutation, IEntitySession entities);
}
