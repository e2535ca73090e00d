namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>QR error correction level; the value is the byte GS ( k fn 69 takes.</summary>
public enum QrErrorCorrection : byte
{
    L = 0x30,
    M = 0x31,
    Q = 0x32,
    H = 0x33,
}
