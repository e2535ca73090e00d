using System.Globalization;
using System.Text.Json;
using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Storage;
using CounterNode.Shared.Dossiers.Mutators;
using CounterNode.Shared.Sync.Mutators;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Turns the department's decisions into paper at the counter that received the dossier: when a
/// supplement request or a delay report arrives from the Hub (a pulled change of a <c>dossier</c>
/// entity), the console shows an alert and the node prints Mẫu 02 or Mẫu 04 — exactly once per
/// notice, remembered in <see cref="PrintedNoticeStore"/> across restarts. At start it also
/// catches up on notices that arrived while it was down.
/// </summary>
public sealed partial class DossierNoticeWatcher(
    INodeReplica replica,
    PrintedNoticeStore printed,
    DossierNoticeDocuments documents,
    DossierPrinter printer,
    ConsoleAlerts alerts,
    ILogger<DossierNoticeWatcher> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Subscribe first, then catch up: a change landing in between is seen twice, never missed
        // (the store makes the second look a no-op).
        var changes = replica.WatchAsync(stoppingToken).GetAsyncEnumerator(stoppingToken);
        try
        {
            var first = changes.MoveNextAsync();
            await CatchUpAsync(stoppingToken).ConfigureAwait(false);
            var hasNext = await first.ConfigureAwait(false);
            while (hasNext)
            {
                if (changes.Current is EntityChanged { Origin: ChangeOrigin.Sync, Entity: { } entity } changed && changed.Key.Type == DossierEntityTypes.Dossier)
                    await HandleAsync(entity, stoppingToken).ConfigureAwait(false);
                else if (changes.Current is ReplicaReset)
                    await CatchUpAsync(stoppingToken).ConfigureAwait(false);
                hasNext = await changes.MoveNextAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await changes.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Prints every notice of this node's dossiers not printed yet (public for tests).</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var entity in await replica.QueryAsync(DossierEntityTypes.Dossier, null, cancellationToken).ConfigureAwait(false))
            await HandleAsync(entity, cancellationToken).ConfigureAwait(false);
    }

    private async Task HandleAsync(ReplicaEntity entity, CancellationToken cancellationToken)
    {
        DossierEntity dossier;
        try
        {
            dossier = entity.Data.Deserialize<DossierEntity>(MutatorJson.Options)!;
        }
        catch (JsonException ex)
        {
            LogUnreadable(logger, ex, entity.Id);
            return;
        }

        // The counter that received the dossier holds the citizen's contact and hands out the paper.
        if (!string.Equals(dossier.Reception.ReceivedByNode, replica.NodeId, StringComparison.Ordinal))
            return;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (dossier.Supplement is not null)
            {
                await NoticeAsync($"supplement:{dossier.Code}", dossier.Code, "mau-02", ct => documents.SupplementAsync(dossier, ct),
                    $"Hồ sơ {dossier.Code}: cơ quan chuyên môn yêu cầu bổ sung, hoàn thiện hồ sơ", cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < dossier.Delays.Count; i++)
            {
                var index = i;
                var delay = dossier.Delays[i];
                await NoticeAsync(string.Create(CultureInfo.InvariantCulture, $"delay:{dossier.Code}:{index + 1}"), dossier.Code, "mau-04", ct =>
                    documents.ApologyAsync(dossier, index, ct),
                    string.Create(CultureInfo.InvariantCulture, $"Hồ sơ {dossier.Code}: trễ hẹn, hẹn trả lại ngày {delay.NewReturnDate:dd/MM/yyyy}"),
                    cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task NoticeAsync(string key, string code, string form, Func<CancellationToken, Task<IPrintDocument>> document, string alert, CancellationToken cancellationToken)
    {
        if (!await printed.TryClaimAsync(key, cancellationToken).ConfigureAwait(false))
            return;
        try
        {
            var job = await printer.PrintAsync(await document(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await printed.MarkDoneAsync(key, job, cancellationToken).ConfigureAwait(false);
            var paper = form == "mau-02" ? "Phiếu yêu cầu bổ sung (Mẫu 02)" : "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)";
            alerts.Add(job is null ? $"{alert}. Máy chưa cấu hình máy in: cần in {paper}." : $"{alert}. Đã in {paper}.");
            LogNoticePrinted(logger, form, code, job);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await printed.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            LogNoticeFailed(logger, ex, form, code);
            alerts.Add($"{alert}. Chưa in được phiếu; sẽ thử lại khi khởi động lại máy.");
        }
    }

    [LoggerMessage(EventId = 4420, Level = LogLevel.Information, Message = "Printed notice {Form} for dossier {DossierCode} (print job {PrintJob})")]
    private static partial void LogNoticePrinted(ILogger logger, string form, string dossierCode, long? printJob);

    [LoggerMessage(EventId = 4421, Level = LogLevel.Error, Message = "Could not print notice {Form} for dossier {DossierCode}")]
    private static partial void LogNoticeFailed(ILogger logger, Exception exception, string form, string dossierCode);

    [LoggerMessage(EventId = 4422, Level = LogLevel.Warning, Message = "Dossier entity {DossierCode} could not be read; no notice printed")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, string dossierCode);
}
