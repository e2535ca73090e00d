using CounterNode.Hub.Officers;
using CounterNode.Hub.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Hub.Rotation;

/// <summary>Registration of the rotation editor, the board's rotation API and the public officer list.</summary>
public static class RotationExtensions
{
    /// <summary>Services. Needs the sync engine (<see cref="Sync.HubMutationIssuer"/>) and the board's login.</summary>
    public static WebApplicationBuilder AddRotation(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubWorkingCalendar();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RotationReader>();
        builder.Services.AddSingleton<RotationCommands>();
        builder.Services.AddSingleton<RotationServices>();
        return builder;
    }

    /// <summary>Endpoints; call after the board's (its authentication and anti-forgery middleware come first).</summary>
    public static WebApplication MapRotation(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRotationEndpoints();
        app.MapOfficersEndpoints();
        return app;
    }
}
