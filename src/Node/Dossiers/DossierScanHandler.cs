using CounterNode.Node.OfficerConsole;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Scans of a receipt's CODE128/QR (the dossier code) at the counter: looks the dossier up, shows
/// its state as a console alert and hands the code to the dossier page's return form. A
/// malformed or unknown code becomes a Vietnamese alert; nothing changes. The scan text is never
/// logged or echoed (an ID card's QR holds personal data).
/// </summary>
public sealed class DossierScanHandler(DossierDesk desk, ConsoleAlerts alerts)
{
    private readonly Lock _gate = new();
    private ScannedDossier? _latest;
    private long _nextId;

    /// <summary>The last dossier found by a scan, if any.</summary>
    public ScannedDossier? Latest
    {
        get
        {
            lock (_gate)
                return _latest;
        }
    }

    /// <summary>
    /// True when a scan is meant as a dossier code rather than a ticket, a badge or an ID card: it
    /// parses as one, or it has the shape of one (a dash, and only letters, digits, dots, dashes
    /// and spaces — no address path, no badge colon, no ID-card bars) — then its typed error is
    /// the useful answer.
    /// </summary>
    public static bool IsDossierScan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (DossierCode.TryParseScanned(text, out _, out _))
            return true;
        var trimmed = text.Trim();
        return trimmed.Contains('-', StringComparison.Ordinal)
            && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' || char.IsWhiteSpace(c));
    }

    /// <summary>Acts on one scanned text.</summary>
    public async Task HandleAsync(string text, CancellationToken cancellationToken)
    {
        try
        {
            var view = await desk.FindAsync(text, cancellationToken).ConfigureAwait(false);
            lock (_gate)
                _latest = new ScannedDossier(++_nextId, view.Code);
            alerts.Add(view.Message);
        }
        catch (DomainException ex)
        {
            alerts.Add(ex.DisplayMessage);
        }
    }
}
