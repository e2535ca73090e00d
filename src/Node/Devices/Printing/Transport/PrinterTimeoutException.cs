namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>The printer did not answer a status request in time.</summary>
public sealed class PrinterTimeoutException : Exception
{
    public PrinterTimeoutException()
    {
    }

    public PrinterTimeoutException(string message)
        : base(message)
    {
    }

    public PrinterTimeoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
