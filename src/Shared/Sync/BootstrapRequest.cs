namespace CounterNode.Shared.Sync;

/// <summary>
/// Asks for a page of the current state in the node's scope (new or reset node). Pages are
/// keyed by (type, id) after <paramref name="AfterKey"/>; the first page fixes the snapshot's
/// version, from which the node then pulls the log tail.
/// </summary>
public sealed record BootstrapRequest(int ProtocolVersion, string NodeId, string? AfterKey, int Limit);
