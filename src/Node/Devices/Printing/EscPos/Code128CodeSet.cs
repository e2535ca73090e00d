namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>CODE128 code set; the value is the letter ESC/POS writes after '{' to select it.</summary>
public enum Code128CodeSet : byte
{
    /// <summary>Upper case, digits, punctuation and control characters (0x00–0x5F).</summary>
    A = (byte)'A',

    /// <summary>Printable ASCII (0x20–0x7F).</summary>
    B = (byte)'B',

    /// <summary>Digit pairs 00–99, one symbol per pair.</summary>
    C = (byte)'C',
}
