using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// A notice could not be printed at this counter: no printer configured, the printer reports it
/// cannot print, the job could not be queued, or the printer failed it. Nothing was recorded as reprinted.
/// </summary>
public sealed class NoticePrinterUnavailableException(string dossierCode, string reason, string displayReason, Exception? innerException = null)
    : DomainException("dossier.notice-printer-unavailable",
        $"The notice of dossier {dossierCode} was not printed: {reason}.",
        $"Chưa in được phiếu của hồ sơ {dossierCode}: {displayReason}.",
        innerException)
{
    /// <summary>The dossier.</summary>
    public string DossierCode { get; } = dossierCode;
}
