using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Sync;

/// <summary>Runs the shared mutators (<see cref="MutatorRegistry"/>) optimistically on the node.</summary>
public sealed class SharedMutatorApplier(MutatorRegistry registry) : IMutationApplier
{
    /// <summary>An applier over every mutator of this build.</summary>
    public static SharedMutatorApplier Default { get; } = new(MutatorRegistry.Default);

    /// <inheritdoc />
    public void Apply(Mutation mutation, IEntitySession entities) =>
        registry.Apply(mutation, entities, isAuthoritative: false);
}
