namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>End of a copy: feed to the cutter and cut (or leave room to tear off).</summary>
public sealed record CutBlock : PrintBlock;
