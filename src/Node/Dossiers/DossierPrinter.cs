using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Queue;
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
}
