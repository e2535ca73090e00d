namespace CounterNode.Node.Catalogue;

/// <summary>Where the node's services and officers come from.</summary>
public enum CatalogueSource
{
    /// <summary>The node's own <c>Queue:Services</c>/<c>Queue:Officers</c>: the replica holds no catalogue yet (never synced, or a Hub without one).</summary>
    Configuration,

    /// <summary>The center's catalogue synced from the Hub (<c>catalogue.*</c> entities).</summary>
    Synced,
}
