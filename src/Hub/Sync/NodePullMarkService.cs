using CounterNode.Hub.Data;
using Microsoft.EntityFrameworkCore;

namespace CounterNode.Hub.Sync;

/// <summary>Writes the nodes' pull marks every <see cref="Interval"/> and once more at shutdown.</summary>
internal sealed partial class NodePullMarkService(
    HubSyncEngine engine, IDbContextFactory<HubDbContext> contexts, TimeProvider time, ILogger<NodePullMarkService> logger) : BackgroundService
{
    /// <summary>How far the stored marks may trail the pulls.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        try
        {
            await engine.PullMarks.FlushAsync(contexts, cancellationToken);
        }
#pragma warning disable CA1031 // A mark is informational (board lag); the next flush retries it.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            FlushFailed(logger, ex);
        }
    }

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Writing the nodes' pull marks failed; retrying at the next flush")]
    private static partial void FlushFailed(ILogger logger, Exception exception);
}
