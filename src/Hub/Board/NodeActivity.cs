namespace CounterNode.Hub.Board;

/// <summary>What the Hub's tables say about one node (input of <see cref="NodeProjection"/>).</summary>
/// <param name="NodeId">Node id.</param>
/// <param name="Scopes">Granted scopes.</param>
/// <param name="LastApplied">Highest mutation id applied.</param>
/// <param name="LastPushAtMs">Unix ms when its latest mutation was applied; null before the first.</param>
/// <param name="Officer">Officer of its latest mutation, if any.</param>
public sealed record NodeActivity(string NodeId, IReadOnlyList<string> Scopes, long LastApplied, long? LastPushAtMs, string? Officer)
{
    /// <summary>Change-log version the node's latest pull reached (0 before its first pull).</summary>
    public long LastPulledVersion { get; init; }

    /// <summary>Unix ms of that pull at the Hub; null before the first.</summary>
    public long? LastPulledAtMs { get; init; }
}
