using CounterNode.Node.Configuration;

namespace CounterNode.Node.Hall;

/// <summary>Registers the hall role.</summary>
public static class HallServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hall display and its announcer when <c>Node:Role</c> is <c>Hall</c> (nothing otherwise).
    /// Needs <c>AddNodeSync</c>, <c>AddVoice</c> and <c>AddQueue</c>.
    /// </summary>
    public static IServiceCollection AddHall(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!IsHall(configuration))
            return services;
        services.AddOptions<HallOptions>().Bind(configuration.GetSection(HallOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<HallDisplay>();
        services.AddSingleton<HallService>();
        services.AddHostedService(sp => sp.GetRequiredService<HallService>());
        return services;
    }

    /// <summary>Maps the hall display on a hall node.</summary>
    public static IEndpointRouteBuilder MapHall(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(configuration);
        return IsHall(configuration) ? app.MapHallDisplay() : app;
    }

    private static bool IsHall(IConfiguration configuration) =>
        configuration.GetSection(NodeOptions.SectionName).GetValue<NodeRole>(nameof(NodeOptions.Role)) == NodeRole.Hall;
}
