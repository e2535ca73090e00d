using CounterNode.Hub.Data;

namespace CounterNode.Hub.Sync;

/// <summary>The nodes allowed to sync, bound from <c>Hub:Nodes</c> and seeded into the database at start.</summary>
public sealed class HubNodesOptions
{
    /// <summary>The section the <see cref="Nodes"/> list is bound from (its parent).</summary>
    public const string SectionName = "Hub";

    /// <summary>Configured nodes (id, key, scopes).</summary>
    public IList<NodeSeed> Nodes { get; } = [];
}
