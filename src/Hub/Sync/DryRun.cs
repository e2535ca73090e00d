using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Hub.Sync;

/// <summary>
/// One mutation run by <see cref="ChangeLogWriter.PrefetchAsync"/> against the batch's state before
/// the batch: the keys it read, which of them were not cached yet (it saw them as absent), and what
/// it did. Mutators are deterministic functions of their mutation and of what they read, so when every
/// key it saw as absent is absent and no earlier mutation of the batch wrote a key it read, the real
/// run would read the same values and do the same: <see cref="ChangeLogWriter.Apply"/> takes this
/// result instead of running the mutator again.
/// </summary>
internal sealed class DryRun(BufferedEntitySession session)
{
    /// <summary>The session the mutator ran on (its writes, when it was accepted).</summary>
    public BufferedEntitySession Session { get; } = session;

    /// <summary>Every key read from the base state (not from the mutation's own writes).</summary>
    public List<(string Type, string Id)> Reads { get; } = [];

    /// <summary>Keys that were not cached when read (seen as absent).</summary>
    public List<(string Type, string Id)> Misses { get; } = [];

    /// <summary>The refusal by the rules, when the mutator threw one.</summary>
    public DomainException? Refusal { get; set; }

    /// <summary>False when the mutator threw anything but a refusal (the real run must throw it itself).</summary>
    public bool Completed { get; set; }
}
