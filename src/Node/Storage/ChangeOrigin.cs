namespace CounterNode.Node.Storage;

/// <summary>Why an entity of the local view changed.</summary>
public enum ChangeOrigin
{
    /// <summary>A mutation made on this node.</summary>
    Local,

    /// <summary>A pull from the Hub (other nodes' changes, confirmations, conflict resolutions, rebase).</summary>
    Sync,
}
