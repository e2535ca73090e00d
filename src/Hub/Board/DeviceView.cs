namespace CounterNode.Hub.Board;

/// <summary>One device of one node on the board.</summary>
/// <param name="NodeId">Node it is attached to.</param>
/// <param name="Device">printer, display or scanner.</param>
/// <param name="State">ok, paper-low, paper-out, cover-open, error or offline.</param>
/// <param name="Detail">Short English detail from the node, or null.</param>
/// <param name="Since">When the node reported this state.</param>
/// <param name="NeedsAttention">True unless the device is fine (sorted first on the board).</param>
public sealed record DeviceView(string NodeId, string Device, string State, string? Detail, DateTimeOffset Since, bool NeedsAttention);
