using CounterNode.Shared.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Node.Catalogue;

/// <summary>Registers the synced catalogue (needs <c>AddNodeSync</c> for the replica).</summary>
public static class NodeCatalogueServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ICatalogue"/> as a hosted singleton that follows the replica, and the <see cref="IWorkingCalendarSource"/> built from it.</summary>
    public static IServiceCollection AddNodeCatalogue(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<NodeCatalogue>();
        services.TryAddSingleton<ICatalogue>(sp => sp.GetRequiredService<NodeCatalogue>());
        services.AddHostedService(sp => sp.GetRequiredService<NodeCatalogue>());

        // "The current working calendar" of every node service: the synced catalogue's.
        services.TryAddSingleton<NodeWorkingCalendar>();
        services.TryAddSingleton<IWorkingCalendarSource>(sp => sp.GetRequiredService<NodeWorkingCalendar>());
        return services;
    }
}
