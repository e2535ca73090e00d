using CounterNode.Hub.Sync;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Hub.Calendar;

/// <summary>Registration of the Hub's working calendar (provider, admin page and API).</summary>
public static class HubCalendarExtensions
{
    /// <summary>
    /// Registers <see cref="HubWorkingCalendar"/> as the <see cref="IWorkingCalendarSource"/> of the
    /// Hub (once, however many features ask for it). Call after the sync engine so its commit
    /// signal wraps the engine's poke sender.
    /// </summary>
    public static IServiceCollection AddHubWorkingCalendar(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(HubWorkingCalendar)))
            return services;
        services.AddSingleton<HubWorkingCalendar>();
        services.TryAddSingleton<IWorkingCalendarSource>(sp => sp.GetRequiredService<HubWorkingCalendar>());
        services.AddHostedService(sp => sp.GetRequiredService<HubWorkingCalendar>());
        services.AddCommitSignal<CalendarChangeSignal>(scopes => scopes.Contains(SyncScope.Center) || scopes.Contains(SyncScope.All));
        return services;
    }

    /// <summary>The calendar provider and the editor behind <c>/admin/calendar</c>.</summary>
    public static WebApplicationBuilder AddCalendarAdmin(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHubWorkingCalendar();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<Catalogue.CatalogueReader>();
        builder.Services.TryAddSingleton<CalendarEditor>();
        return builder;
    }

    /// <summary>Maps <c>/admin/calendar</c> and its JSON API (after the board: its login and anti-forgery come first).</summary>
    public static WebApplication MapCalendarAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapCalendarEndpoints();
        return app;
    }
}
