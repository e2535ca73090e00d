using System.Text.Json;

namespace CounterNode.Shared.Sync.Mutators;

/// <summary>
/// One mutation type's domain rules. The SAME instance runs on the Hub (authoritative: its
/// result goes to the change log) and on nodes (optimistic: its result is shown at once and
/// rebased when the Hub's state arrives), so both sides agree in the common case.
/// Implementations must be deterministic: the result may depend only on the context, the
/// payload and what <paramref name="entities"/> holds — never on the wall clock, randomness
/// or anything else outside them.
/// </summary>
public interface IMutator
{
    /// <summary>Mutation type this mutator handles, e.g. <c>ticket.issue</c>.</summary>
    string Type { get; }

    /// <summary>Applies the mutation.</summary>
    /// <exception cref="Errors.DomainException">The rules refuse it; the caller discards every write made so far.</exception>
    void Apply(MutationContext context, JsonElement payload, IEntitySession entities);
}
