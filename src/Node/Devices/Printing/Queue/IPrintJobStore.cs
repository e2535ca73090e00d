using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Queue;

/// <summary>
/// Durable storage of print jobs. A job is stored before any byte goes to the printer, so a crash
/// or restart never loses it. (Kept behind this interface so it can later move into the node's
/// replica database.)
/// </summary>
public interface IPrintJobStore
{
    /// <summary>Stores a new Pending job and returns it.</summary>
    Task<PrintJob> AddAsync(string printerName, IPrintDocument document, CancellationToken cancellationToken);

    Task<PrintJob?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Jobs of <paramref name="printerName"/> that are not final, oldest first.</summary>
    Task<IReadOnlyList<PrintJob>> GetUnfinishedAsync(string printerName, CancellationToken cancellationToken);

    /// <summary>Persists the job's state, attempts, reprint flag, times and last error (one durable commit).</summary>
    Task UpdateAsync(PrintJob job, CancellationToken cancellationToken);
}
