namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>A composed document: the blocks in print order.</summary>
public sealed record DocumentLayout(IReadOnlyList<PrintBlock> Blocks);
