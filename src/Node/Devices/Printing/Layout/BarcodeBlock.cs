namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>A centred CODE128 barcode with its human-readable text below.</summary>
public sealed record BarcodeBlock(string Data) : PrintBlock;
