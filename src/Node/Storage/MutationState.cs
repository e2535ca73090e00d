namespace CounterNode.Node.Storage;

/// <summary>What the node knows about the fate of one of its mutations.</summary>
public enum MutationState
{
    /// <summary>Not yet acknowledged by the Hub.</summary>
    Pending,

    /// <summary>The Hub applied it.</summary>
    Applied,

    /// <summary>The Hub's rules refused it (see the reason).</summary>
    Rejected,
}
