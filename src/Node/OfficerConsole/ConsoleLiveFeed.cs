using CounterNode.Node.LivePush;
using CounterNode.Node.Storage;

namespace CounterNode.Node.OfficerConsole;

/// <summary>
/// Wakes the console pages when something they show may have changed: any entity of the replica
/// (a ticket issued at the kiosk, a call pulled from the Hub, a local action) or a new alert.
/// Pages then receive their state over server-sent events instead of polling.
/// </summary>
public sealed class ConsoleLiveFeed(INodeReplica replica, ConsoleAlerts alerts) : BackgroundService
{
    /// <summary>Fires on every change.</summary>
    public ChangeSignal Changed { get; } = new();

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        alerts.Added += OnAlert;
        try
        {
            await foreach (var notification in replica.WatchAsync(stoppingToken).ConfigureAwait(false))
            {
                if (notification is EntityChanged or ReplicaReset or MutationRejected)
                    Changed.Notify();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            alerts.Added -= OnAlert;
        }
    }

    private void OnAlert(object? sender, ConsoleAlert alert) => Changed.Notify();
}
