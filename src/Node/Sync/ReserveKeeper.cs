using CounterNode.Shared.Sync;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Sync;

/// <summary>
/// Leases a reserve block for every series the <see cref="IReserveSeriesSource"/>s name, at start
/// and then every <see cref="NodeSyncOptions.ReserveCheckInterval"/>. Without it a node leases only
/// after its first number of the day, so a Hub that goes down earlier (or answers slowly to the
/// very first request) would leave the kiosk or counter unable to print anything.
/// </summary>
public sealed partial class ReserveKeeper(
    IEnumerable<IReserveSeriesSource> sources,
    INumberAllocator numbers,
    TimeProvider time,
    IOptions<NodeSyncOptions> options,
    ILogger<ReserveKeeper> logger) : BackgroundService
{
    private readonly IReadOnlyList<IReserveSeriesSource> _sources = [.. sources];

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_sources.Count == 0)
            return;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await EnsureAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(options.Value.ReserveCheckInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Tops up every series whose reserve is low; returns how many could not be leased (Hub unreachable or refusing).</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        var failed = 0;
        foreach (var source in _sources)
        {
            foreach (var series in await source.SeriesAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    var left = await numbers.EnsureReserveAsync(series, cancellationToken).ConfigureAwait(false);
                    LogReserve(logger, series.Kind, series.Key, series.Day, left);
                }
                catch (Exception ex) when (ex is HubUnreachableException or HubRequestRefusedException or SyncProtocolViolationException)
                {
                    failed++;
                    LogLeaseFailed(logger, series.Kind, series.Key, series.Day, ex.GetType().Name);
                }
            }
        }

        return failed;
    }

    [LoggerMessage(EventId = 2510, Level = LogLevel.Debug, Message = "Reserve of {Kind} series {SeriesKey} on {Day}: {Left} left")]
    private static partial void LogReserve(ILogger logger, NumberSeriesKind kind, string seriesKey, DateOnly day, int left);

    [LoggerMessage(EventId = 2511, Level = LogLevel.Information, Message = "Could not lease a reserve of {Kind} series {SeriesKey} on {Day} ({Failure}); retrying at the next check")]
    private static partial void LogLeaseFailed(ILogger logger, NumberSeriesKind kind, string seriesKey, DateOnly day, string failure);
}
