using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Transports;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// Reads the counter's barcode scanner: a scanned ticket (its number, or the follow-the-queue
/// QR whose address ends with the number) is called at this counter for the signed-in officer;
/// a receipt's dossier code goes to <see cref="Dossiers.DossierScanHandler"/> (lookup for return);
/// anything refused becomes a Vietnamese alert on the console. Scan text is never logged.
/// </summary>
public sealed partial class ConsoleScanService(
    IBarcodeScanner scanner,
    ConsoleSessions sessions,
    ConsoleAlerts alerts,
    IServiceProvider services,
    ILogger<ConsoleScanService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var scan in scanner.ReadScansAsync(stoppingToken).ConfigureAwait(false))
                await HandleAsync(scan, stoppingToken).ConfigureAwait(false);
        }
        catch (DeviceUnreachableException ex)
        {
            LogScannerUnavailable(logger, ex, scanner.Description);
            alerts.Add("Không kết nối được máy quét mã vạch.");
        }
    }

    /// <summary>Acts on one scan (public for tests that feed scans directly).</summary>
    public async Task HandleAsync(ScanResult scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        switch (scan)
        {
            case ScanRejected rejected:
                alerts.Add(rejected.DisplayMessage);
                return;
            case ScanAccepted accepted:
                // An officer's badge: held for the sign-in that follows (the PIN is still asked for).
                if (Shared.Catalogue.OfficerBadge.IsBadge(accepted.Text))
                {
                    alerts.Add(sessions.HoldBadge(accepted.Text));
                    return;
                }

                // A receipt's barcode/QR carries the dossier code: look the dossier up for its return.
                if (Dossiers.DossierScanHandler.IsDossierScan(accepted.Text))
                {
                    await services.GetRequiredService<Dossiers.DossierScanHandler>().HandleAsync(accepted.Text, cancellationToken).ConfigureAwait(false);
                    return;
                }

                if (!TicketNumber.TryParse(LastSegment(accepted.Text), out var number, out var error))
                {
                    alerts.Add(error.DisplayMessage);
                    return;
                }

                if (sessions.Latest is not { } officer)
                {
                    alerts.Add("Vui lòng đăng nhập trước khi quét số thứ tự.");
                    return;
                }

                try
                {
                    var result = await services.GetRequiredService<CounterConsole>()
                        .CallTicketAsync(officer, number.Prefix, number.Number, cancellationToken).ConfigureAwait(false);
                    alerts.Add(result.Message);
                }
                catch (DomainException ex)
                {
                    alerts.Add(ex.DisplayMessage);
                }

                return;
        }
    }

    // The QR printed on a ticket is the follow-the-queue address ending with the number.
    private static string LastSegment(string text)
    {
        var trimmed = text.Trim();
        var query = trimmed.IndexOfAny(['?', '#']);
        if (query >= 0)
            trimmed = trimmed[..query];
        var slash = trimmed.TrimEnd('/').LastIndexOf('/');
        return slash >= 0 ? trimmed.TrimEnd('/')[(slash + 1)..] : trimmed;
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Warning, Message = "Barcode scanner {Scanner} is unavailable; scans are not read")]
    private static partial void LogScannerUnavailable(ILogger logger, Exception exception, string scanner);
}
