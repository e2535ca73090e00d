namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>The printer answered a status request with bytes that are not a status.</summary>
public sealed class PrinterStatusFormatException : Exception
{
    public PrinterStatusFormatException(string message, byte[] received)
        : base(message)
    {
        Received = received;
    }

    public PrinterStatusFormatException()
    {
        Received = [];
    }

    public PrinterStatusFormatException(string message)
        : base(message)
    {
        Received = [];
    }

    public PrinterStatusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Received = [];
    }

    /// <summary>The offending bytes.</summary>
    public IReadOnlyList<byte> Received { get; }
}
