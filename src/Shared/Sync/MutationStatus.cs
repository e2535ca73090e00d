namespace CounterNode.Shared.Sync;

/// <summary>Verdicts on a pushed mutation. A refused mutation still counts as applied (it is never retried).</summary>
public enum MutationStatus
{
    /// <summary>Applied now; its changes are in the change log.</summary>
    Applied,

    /// <summary>Refused by the domain rules; recorded with its reason.</summary>
    Rejected,

    /// <summary>Already applied or refused earlier (a retry); nothing done.</summary>
    Duplicate,
}
