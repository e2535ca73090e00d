namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>The connection broke while bytes were being written or status was awaited; the job may be partly printed.</summary>
public sealed class PrinterConnectionLostException : Exception
{
    public PrinterConnectionLostException()
    {
    }

    public PrinterConnectionLostException(string message)
        : base(message)
    {
    }

    public PrinterConnectionLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
