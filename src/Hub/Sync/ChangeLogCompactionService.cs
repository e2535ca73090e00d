using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Sync;

/// <summary>Applies <see cref="HubSyncOptions.RetainVersions"/> periodically (does nothing when it is 0).</summary>
internal sealed class ChangeLogCompactionService(HubSyncEngine engine, IOptions<HubSyncOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RetainVersions <= 0)
            return;
        using var timer = new PeriodicTimer(options.Value.CompactionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
            await engine.CompactByRetentionAsync(stoppingToken);
    }
}
