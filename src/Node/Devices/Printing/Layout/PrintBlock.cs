namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>One element of a printed page, independent of paper width and printer.</summary>
public abstract record PrintBlock;
