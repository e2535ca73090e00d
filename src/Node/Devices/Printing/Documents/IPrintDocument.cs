using System.Text.Json.Serialization;

namespace CounterNode.Node.Devices.Printing.Documents;

/// <summary>
/// A document to print, independent of paper width and printer. Persisted as JSON with the print
/// job (the discriminator names the form), so a job can be re-rendered after a restart.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "form")]
[JsonDerivedType(typeof(QueueTicketDocument), "queue-ticket")]
[JsonDerivedType(typeof(ReceiptDocument), "mau-01-receipt")]
[JsonDerivedType(typeof(SupplementRequestDocument), "mau-02-supplement")]
[JsonDerivedType(typeof(RefusalDocument), "mau-03-refusal")]
[JsonDerivedType(typeof(ApologyDocument), "mau-04-apology")]
public interface IPrintDocument
{
    /// <summary>Short English name for logs (never personal data).</summary>
    string Kind { get; }
}
