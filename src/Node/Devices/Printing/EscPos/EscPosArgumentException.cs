namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>
/// A command argument the printer cannot take (a barcode too long for its length byte, a QR
/// payload over the symbol's capacity, an image wider than the paper). Thrown instead of
/// silently truncating, because a wrong length byte makes the printer print garbage or nothing.
/// </summary>
public sealed class EscPosArgumentException : ArgumentException
{
    public EscPosArgumentException(string message, string? paramName = null)
        : base(message, paramName)
    {
    }

    public EscPosArgumentException()
    {
    }

    public EscPosArgumentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
