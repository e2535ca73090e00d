using CounterNode.Node.Configuration;
using CounterNode.Node.Devices.Display.Web;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Devices.Display.Hosting;

/// <summary>Registers the counter display chosen by <c>Display:Kind</c>.</summary>
public static class DisplayServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICounterDisplay"/> bound from the "Display" section (validated on start).
    /// With <c>Kind = Web</c>, <see cref="WebCounterDisplay"/> is also resolvable for the page endpoint.
    /// A hosted service shows the idle screen of <c>Node:CounterNumber</c> at start and blanks the display at stop.
    /// </summary>
    public static IServiceCollection AddDisplay(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<NodeOptions>().Bind(configuration.GetSection(NodeOptions.SectionName));
        services.AddValidatedOptions<DisplayOptions, DisplayOptionsValidator>(configuration, DisplayOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => CounterDisplayFactory.Create(
            sp.GetRequiredService<IOptions<DisplayOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ICounterDisplay>() as WebCounterDisplay
            ?? throw new InvalidOperationException("The web display page needs Display:Kind = Web."));
        services.AddHostedService<CounterDisplayHostedService>();
        return services;
    }
}
