using CounterNode.Node.Configuration;
using CounterNode.Node.Queue;
using CounterNode.Node.Sync;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>
/// Keeps a block of dossier-code sequences for today leased to this counter, from start-up and
/// then every <see cref="DossierOptions.ReserveCheckInterval"/>: the Hub may go down before the
/// first dossier of the day, and a counter must still print unique codes then. A failed lease is
/// retried at the next check; reception itself never waits for it.
/// </summary>
public sealed partial class DossierReserveKeeper(
    INumberAllocator numbers,
    IProcedureCatalogue catalogue,
    QueueClock clock,
    IOptions<DossierOptions> options,
    IOptions<NodeOptions> node,
    ILogger<DossierReserveKeeper> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (node.Value.Role != NodeRole.Counter || node.Value.CounterNumber is null)
            return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await EnsureAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.Value.ReserveCheckInterval, clock.Time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Leases today's block if the reserve is low; false when the Hub could not be asked.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        var series = new NumberSeries(NumberSeriesKind.Dossier, await catalogue.AgencyCodeAsync(cancellationToken).ConfigureAwait(false), clock.Today);
        try
        {
            var left = await numbers.EnsureReserveAsync(series, cancellationToken).ConfigureAwait(false);
            LogReserve(logger, series.Key, series.Day, left);
            return true;
        }
        catch (Exception ex) when (ex is HubUnreachableException or HubRequestRefusedException or SyncProtocolViolationException)
        {
            LogLeaseFailed(logger, series.Key, series.Day, ex.GetType().Name);
            return false;
        }
    }

    [LoggerMessage(EventId = 4430, Level = LogLevel.Debug, Message = "Dossier-code reserve for {AgencyCode} on {Day}: {Left} left")]
    private static partial void LogReserve(ILogger logger, string agencyCode, DateOnly day, int left);

    [LoggerMessage(EventId = 4431, Level = LogLevel.Information, Message = "Could not lease a dossier-code reserve for {AgencyCode} on {Day} ({Failure}); retrying at the next check")]
    private static partial void LogLeaseFailed(ILogger logger, string agencyCode, DateOnly day, string failure);
}
