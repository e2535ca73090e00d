namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>A horizontal separator across the paper.</summary>
public sealed record RuleBlock : PrintBlock;
