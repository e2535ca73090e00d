using CounterNode.Node.Queue;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Node.Rotation;

/// <summary>Registers the counter's rotation watcher (needs <c>AddNodeSync</c>, <c>AddDisplay</c> and <c>AddQueue</c>).</summary>
public static class RotationServiceCollectionExtensions
{
    /// <summary>Adds the watcher as a hosted service; it does nothing on nodes that are not counters. Its calendar is the queue's (synced catalogue).</summary>
    public static IServiceCollection AddCounterRotation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CounterDuty>();
        services.TryAddSingleton<CounterRotationReader>();
        services.TryAddSingleton<CounterRotationWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<CounterRotationWatcher>());
        return services;
    }
}
