using CounterNode.Node.Catalogue;
using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Kiosk;
using CounterNode.Node.Sync;
using CounterNode.Shared.Calendar;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Queue;

/// <summary>Registers the queue: catalogue, clock, kiosk issuing, officer console and its scanner reader.</summary>
public static class QueueServiceCollectionExtensions
{
    /// <summary>
    /// Adds the queue bound from the "Queue" section. Needs <c>AddNodeSync</c>, <c>AddPrinting</c>,
    /// <c>AddDisplay</c> and <c>AddScanner</c>. Register a <see cref="QueueClock"/> before this to pin the hall clock.
    /// </summary>
    public static IServiceCollection AddQueue(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<QueueOptions>().Bind(configuration.GetSection(QueueOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddNodeCatalogue();
        services.TryAddSingleton<CounterDuty>();
        services.TryAddSingleton(sp => new QueueCatalog(sp.GetRequiredService<IOptions<QueueOptions>>().Value, sp.GetRequiredService<ICatalogue>())
        {
            Duty = sp.GetRequiredService<CounterDuty>(),
        });
        services.TryAddSingleton(sp => new QueueClock(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IWorkingCalendarSource>())
        {
            SessionSource = () => sp.GetRequiredService<QueueCatalog>().WorkingSessions,
        });
        services.TryAddSingleton<QueueReader>();
        services.TryAddSingleton<TicketIssuer>();
        services.AddSingleton<IReserveSeriesSource, TicketReserveSeries>();
        services.TryAddSingleton<ConsoleSessions>();
        services.TryAddSingleton<ConsoleAlerts>();
        services.TryAddSingleton<CounterConsole>();
        services.AddHostedService<ConsoleScanService>();
        return services;
    }
}
