namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>A centred QR code (model 2, error level M).</summary>
public sealed record QrBlock(string Data) : PrintBlock;
