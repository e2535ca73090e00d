namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>Where the human-readable text of a barcode is printed (GS H n).</summary>
public enum BarcodeTextPosition : byte
{
    None = 0,
    Above = 1,
    Below = 2,
    Both = 3,
}
