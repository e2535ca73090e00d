namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>The live status of one printer and its changes.</summary>
public interface IPrinterStatusMonitor
{
    string PrinterName { get; }

    PrinterStatus Current { get; }

    /// <summary>Raised synchronously on every change (handlers must be quick).</summary>
    event EventHandler<PrinterStatusChanged>? StatusChanged;

    /// <summary>Every change from now on, until <paramref name="cancellationToken"/> fires.</summary>
    IAsyncEnumerable<PrinterStatusChanged> WatchAsync(CancellationToken cancellationToken);
}
