namespace CounterNode.Node.Storage;

/// <summary>What <see cref="NodeReplica.ApplyPokeAsync"/> did with a commit carried by a poke.</summary>
public enum PokeApplyOutcome
{
    /// <summary>Stored: the replica now holds everything up to the poke's version.</summary>
    Applied,

    /// <summary>Nothing to do: the replica already holds that version (a pull got there first).</summary>
    AlreadyHeld,

    /// <summary>Not stored (not bootstrapped, cursor elsewhere, or the poke does not carry a whole commit): pull.</summary>
    NotApplicable,
}
