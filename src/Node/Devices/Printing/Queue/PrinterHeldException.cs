using CounterNode.Node.Devices.Printing.Status;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>The printer reports a state in which it cannot print (the job is held, not failed).</summary>
public sealed class PrinterHeldException : Exception
{
    public PrinterHeldException(PrinterStatus status)
        : base($"The printer cannot print now: {status.Summary()}.")
    {
        Status = status;
    }

    public PrinterHeldException()
    {
        Status = PrinterStatus.Unknown;
    }

    public PrinterHeldException(string message)
        : base(message)
    {
        Status = PrinterStatus.Unknown;
    }

    public PrinterHeldException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = PrinterStatus.Unknown;
    }

    public PrinterStatus Status { get; }
}
