namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>No connection to the printer could be made (refused, timed out, device missing).</summary>
public sealed class PrinterUnreachableException : Exception
{
    public PrinterUnreachableException()
    {
    }

    public PrinterUnreachableException(string message)
        : base(message)
    {
    }

    public PrinterUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
