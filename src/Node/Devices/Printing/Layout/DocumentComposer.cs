using CounterNode.Node.Devices.Printing.Documents;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>Composes any known document into blocks; the wording lives in one composer per form.</summary>
public static class DocumentComposer
{
    /// <param name="document">The document.</param>
    /// <param name="reprint">Mark the paper "BẢN IN LẠI" (a job interrupted mid-write, printed again).</param>
    public static DocumentLayout Compose(IPrintDocument document, bool reprint = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document switch
        {
            QueueTicketDocument t => QueueTicketComposer.Compose(t, reprint),
            ReceiptDocument r => ReceiptComposer.Compose(r, reprint),
            SupplementRequestDocument s => SupplementRequestComposer.Compose(s, reprint),
            RefusalDocument r => RefusalComposer.Compose(r, reprint),
            ApologyDocument a => ApologyComposer.Compose(a, reprint),
            _ => throw new ArgumentException($"No composer for document kind '{document.Kind}'.", nameof(document)),
        };
    }
}
