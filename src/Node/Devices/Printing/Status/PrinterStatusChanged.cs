namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>Published inside the Node when a printer's status changes (for the sync engine, board…).</summary>
public sealed record PrinterStatusChanged(string PrinterName, PrinterStatus Previous, PrinterStatus Current, DateTimeOffset At);
