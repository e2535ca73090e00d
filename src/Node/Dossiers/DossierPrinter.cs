using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Status;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>Puts dossier forms on the node's print queue; a node without a printer (development, tests) prints nothing and says so.</summary>
public sealed class DossierPrinter(IServiceProvider services)
{
    /// <summary>True when this node has a printer.</summary>
    public bool Enabled => services.GetRequiredService<IOptions<PrintingOptions>>().Value.Enabled;

    /// <summary>Stores the print job durably and returns its id, or null without a printer.</summary>
    public async Task<long?> PrintAsync(IPrintDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!Enabled)
            return null;
        return await services.GetRequiredService<IReceiptPrinter>().PrintAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The printer's last reported status, or null without a printer.</summary>
    public PrinterStatus? Status => Enabled ? services.GetRequiredService<IReceiptPrinter>().Status.Current : null;

    /// <summary>Completes when the job is final (printed, or failed for good).</summary>
    public Task<PrintJob> WaitAsync(long jobId, CancellationToken cancellationToken) =>
        services.GetRequiredService<IReceiptPrinter>().WaitForJobAsync(jobId, cancellationToken);
}
