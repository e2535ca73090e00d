using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Node.Catalogue;

/// <summary>Registers the synced catalogue (needs <c>AddNodeSync</c> for the replica).</summary>
public static class NodeCatalogueServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ICatalogue"/> as a hosted singleton that follows the replica.</summary>
    public static IServiceCollection AddNodeCatalogue(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<NodeCatalogue>();
        services.TryAddSingleton<ICatalogue>(sp => sp.GetRequiredService<NodeCatalogue>());
        services.AddHostedService(sp => sp.GetRequiredService<NodeCatalogue>());
        return services;
    }
}
