using CounterNode.Shared.Dossiers.Transfer;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Runs the transfers (regulation Điều 4.1): sleeps on the injected <see cref="TimeProvider"/>
/// until the next paper batch time of the catalogue (default 10:30 and 16:30, center-local, on
/// working days) and forms that slot's batches; between batches it wakes on every commit in a
/// department scope (and every <see cref="DossierHubOptions.ElectronicPollInterval"/>) to send
/// electronic dossiers at once. After a restart it first forms today's latest past batch, so a
/// crash just before 10:30 does not leave the morning's paper waiting until 16:30.
/// </summary>
public sealed class DossierTransferService(
    DossierTransferrer transferrer,
    TransferPlanSource plans,
    DossierChangeSignal signal,
    IOptions<DossierHubOptions> options,
    TimeProvider time,
    ILogger<DossierTransferService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.TransferEnabled)
            return;
        TransferSlot? lastRun = null;
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var planner = await plans.GetAsync(stoppingToken);
                var local = planner.Calendar.ToLocal(time.GetUtcNow());
                if (lastRun is null)
                {
                    var latest = planner.LatestSlot(local);
                    if (latest.Day == DateOnly.FromDateTime(local))
                        await transferrer.FormBatchesAsync(latest, stoppingToken);
                    lastRun = latest;
                }

                // The batch after the last one formed: a slot whose run failed (database down) is retried, not skipped.
                var next = planner.NextSlot(lastRun.Local.AddTicks(1));
                if (next.Local <= local)
                {
                    await transferrer.FormBatchesAsync(next, stoppingToken);
                    lastRun = next;
                    continue;
                }

                await transferrer.TransferElectronicAsync(stoppingToken);
                DossierHubLog.NextBatch(logger, next.ToString());
                var due = planner.Calendar.ToInstant(next.Local) - time.GetUtcNow();
                failing = false;
                await WaitAsync(due, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A database hiccup must not end the transfers; logged once per outage.
                if (!failing)
                    DossierHubLog.TransferRunFailed(logger, ex);
                failing = true;
                try
                {
                    await Task.Delay(options.Value.ElectronicPollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    // Until the batch is due (on the injected clock), a dossier commit, or the poll interval.
    private async Task WaitAsync(TimeSpan due, CancellationToken stoppingToken)
    {
        if (due <= TimeSpan.Zero)
            return;
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var batchDue = Task.Delay(due, time, wake.Token);
        var changed = signal.WaitAsync(options.Value.ElectronicPollInterval, wake.Token);
        await Task.WhenAny(batchDue, changed);
        await wake.CancelAsync();
        try
        {
            await Task.WhenAll(batchDue, changed);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The other waiter, cancelled on purpose.
        }

        stoppingToken.ThrowIfCancellationRequested();
    }
}
