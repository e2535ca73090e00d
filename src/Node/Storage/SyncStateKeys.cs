namespace CounterNode.Node.Storage;

/// <summary>Keys of the <c>sync_state</c> table.</summary>
internal static class SyncStateKeys
{
    /// <summary>Change-log version the next pull starts after.</summary>
    public const string Cursor = "cursor";

    /// <summary>Highest mutation id of this node the Hub has applied or refused (as last pulled).</summary>
    public const string LastApplied = "last_applied";

    /// <summary>Highest mutation id the Hub acknowledged in a push answer (not yet pulled).</summary>
    public const string PushAcknowledged = "push_acknowledged";

    /// <summary>Highest mutation id issued by this node.</summary>
    public const string LastMutationId = "last_mutation_id";

    /// <summary>Hash of the newest outbox entry ever written (the next entry's previous hash).</summary>
    public const string ChainHeadHash = "chain_head_hash";

    /// <summary>Mutation id of the newest entry dropped from the outbox (the chain resumes after it).</summary>
    public const string ChainAnchorId = "chain_anchor_id";

    /// <summary>Hash of that dropped entry.</summary>
    public const string ChainAnchorHash = "chain_anchor_hash";

    /// <summary>Last hybrid logical clock reading, packed.</summary>
    public const string Hlc = "hlc";

    /// <summary>"1" once the node holds a complete snapshot of its scope.</summary>
    public const string Bootstrapped = "bootstrapped";
}
