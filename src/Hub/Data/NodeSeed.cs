namespace CounterNode.Hub.Data;

/// <summary>A node as configured in <c>Hub:Nodes</c>: id, secret key and granted scopes.</summary>
public sealed class NodeSeed
{
    public string Id { get; set; } = string.Empty;

    /// <summary>The node's secret (only its hash is stored).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Scopes the node may pull: <c>center</c>, <c>dept:CODE</c>, <c>counter:N</c> or <c>*</c>.</summary>
    public IList<string> Scopes { get; } = [];
}
