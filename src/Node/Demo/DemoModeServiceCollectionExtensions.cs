using CounterNode.Node.Queue;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Demo;

/// <summary>Registers the demo settings.</summary>
public static class DemoModeServiceCollectionExtensions
{
    /// <summary>
    /// Binds "Demo". Call after <c>AddQueue</c>: with <c>Demo:OpenAllHours</c> the registered
    /// <see cref="QueueClock"/> (whatever builds it) is wrapped into one that does not refuse
    /// tickets outside working hours; a warning says so at every start.
    /// </summary>
    public static IServiceCollection AddDemoMode(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection(DemoOptions.SectionName));
        services.AddHostedService<DemoModeNotice>();
        var openAllHours = configuration.GetSection(DemoOptions.SectionName).GetValue<bool>(nameof(DemoOptions.OpenAllHours));
        var original = services.LastOrDefault(d => d.ServiceType == typeof(QueueClock) && !d.IsKeyedService);
        if (!openAllHours || original is null)
            return services;
        services.Remove(original);
        services.AddSingleton(sp =>
        {
            var inner = (QueueClock)(original.ImplementationInstance
                ?? original.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
            return new QueueClock(inner.Time, inner.CalendarSource) { OpenAllHours = true, SessionSource = inner.SessionSource };
        });
        return services;
    }
}
