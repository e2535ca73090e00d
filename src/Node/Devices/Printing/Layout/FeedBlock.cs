namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>Blank lines.</summary>
public sealed record FeedBlock(int Lines) : PrintBlock;
