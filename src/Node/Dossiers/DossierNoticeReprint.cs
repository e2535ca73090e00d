using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Storage;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Prints a dossier's open department notice (Mẫu 02 or Mẫu 04) again on THIS counter's
/// printer, at any counter of the dossier's department — the receiving counter may be down,
/// staffed by another department today, or simply not where the citizen went. Reads the node's
/// replica only (works offline). Deliberately apart from <see cref="PrintedNoticeStore"/>: that
/// store is the receiving counter's print-once bookkeeping, and a reprint must neither count as
/// nor suppress that first print. Every refusal happens before anything is queued.
/// </summary>
public sealed partial class DossierNoticeReprint(
    DossierDesk desk,
    IProcedureCatalogue catalogue,
    DossierNoticeDocuments documents,
    DossierPrinter printer,
    INodeReplica replica,
    IOptions<DossierOptions> options,
    ILogger<DossierNoticeReprint> logger)
{
    /// <summary>Prints the asked (or first open) notice of the dossier and waits briefly for the printer.</summary>
    /// <exception cref="UnknownNoticeFormException">The form is neither mau-02 nor mau-04.</exception>
    /// <exception cref="CounterNode.Shared.Errors.DossierCodeFormatException">Malformed code.</exception>
    /// <exception cref="CounterNode.Shared.Dossiers.Mutators.DossierNotFoundException">Unknown code.</exception>
    /// <exception cref="DossierOutsideScopeException">The dossier's department is not served at this counter.</exception>
    /// <exception cref="NoOpenNoticeException">No open notice (of that form).</exception>
    /// <exception cref="NoticePrinterUnavailableException">No printer, printer not ready, job not queued, or failed by the printer.</exception>
    public async Task<NoticeReprintResult> ReprintAsync(OfficerSession officer, ReprintNoticeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officer);
        ArgumentNullException.ThrowIfNull(request);
        var form = DossierNotices.ParseForm(request.Form);
        var (dossier, _) = await desk.LoadAsync(request.Code, cancellationToken).ConfigureAwait(false);
        var served = await catalogue.DepartmentsServedAsync(cancellationToken).ConfigureAwait(false);
        if (served.Count > 0 && !served.Contains(dossier.Department))
            throw new DossierOutsideScopeException(dossier.Code, dossier.Department);
        var notice = DossierNotices.Choose(dossier, form) ?? throw new NoOpenNoticeException(dossier.Code, form);

        if (!printer.Enabled)
            throw new NoticePrinterUnavailableException(dossier.Code, "no printer is configured on this node", "máy này chưa cấu hình máy in");
        // Refuse up front when the printer has answered that it cannot print (paper out, cover
        // open, offline): a queued page would come out later, when the citizen has gone.
        if (printer.Status is { Reachable: true, CanPrint: false } status)
            throw new NoticePrinterUnavailableException(dossier.Code, "the printer reports " + status.Summary(), "máy in đang báo lỗi (hết giấy, mở nắp hoặc ngoại tuyến); kiểm tra máy in rồi in lại");

        long job;
        try
        {
            job = await printer.PrintAsync(await documents.ForAsync(dossier, notice, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false)
                ?? throw new NoticePrinterUnavailableException(dossier.Code, "no printer is configured on this node", "máy này chưa cấu hình máy in");
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not CounterNode.Shared.Errors.DomainException)
        {
            LogReprintFailed(logger, ex, notice.FormCode, dossier.Code, replica.NodeId);
            throw new NoticePrinterUnavailableException(dossier.Code, "the print job could not be queued", "không đưa được phiếu vào hàng đợi máy in", ex);
        }

        var printed = await WaitPrintedAsync(dossier.Code, notice, job, cancellationToken).ConfigureAwait(false);
        LogReprinted(logger, notice.FormCode, dossier.Code, replica.NodeId, job, printed);
        return new NoticeReprintResult(dossier.Code, notice.FormCode, notice.FormName, job, printed, printed
            ? $"Đã in lại {notice.FormName} của hồ sơ {dossier.Code} tại quầy này."
            : $"Đã gửi {notice.FormName} của hồ sơ {dossier.Code} tới máy in của quầy này nhưng máy in chưa in xong; vui lòng kiểm tra máy in.");
    }

    private async Task<bool> WaitPrintedAsync(string code, OpenDossierNotice notice, long job, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.Value.NoticeReprintWait);
        PrintJob final;
        try
        {
            final = await printer.WaitAsync(job, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (final.State == PrintJobState.Failed)
        {
            LogReprintJobFailed(logger, notice.FormCode, code, replica.NodeId, job);
            throw new NoticePrinterUnavailableException(code, $"the printer failed print job {job}", "máy in báo lỗi, phiếu không in được; kiểm tra máy in rồi in lại");
        }

        return true;
    }

    [LoggerMessage(EventId = 4430, Level = LogLevel.Information, Message = "Reprinted notice {Form} for dossier {DossierCode} at node {NodeId} (print job {PrintJob}, printed: {Printed})")]
    private static partial void LogReprinted(ILogger logger, string form, string dossierCode, string nodeId, long printJob, bool printed);

    [LoggerMessage(EventId = 4431, Level = LogLevel.Error, Message = "Could not queue the reprint of notice {Form} for dossier {DossierCode} at node {NodeId}")]
    private static partial void LogReprintFailed(ILogger logger, Exception exception, string form, string dossierCode, string nodeId);

    [LoggerMessage(EventId = 4432, Level = LogLevel.Warning, Message = "The printer failed the reprint of notice {Form} for dossier {DossierCode} at node {NodeId} (print job {PrintJob})")]
    private static partial void LogReprintJobFailed(ILogger logger, string form, string dossierCode, string nodeId, long printJob);
}
