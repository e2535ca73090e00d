using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Status;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>What the rest of the Node asks of a receipt printer.</summary>
public interface IReceiptPrinter
{
    string Name { get; }

    /// <summary>Live status of the printer.</summary>
    IPrinterStatusMonitor Status { get; }

    /// <summary>Stores the job durably and queues it; returns the job id once it is stored (not printed).</summary>
    Task<long> PrintAsync(IPrintDocument document, CancellationToken cancellationToken);

    /// <summary>Completes when the job is final (printed, or failed for good).</summary>
    Task<PrintJob> WaitForJobAsync(long jobId, CancellationToken cancellationToken);
}
