using CounterNode.Node.Configuration;
using CounterNode.Node.Queue;
using CounterNode.Node.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Dossiers;

/// <summary>Registers dossier reception, return, scans and notices.</summary>
public static class DossierServiceCollectionExtensions
{
    /// <summary>
    /// Adds dossiers bound from the "Dossiers" section (validated on start). Needs <c>AddNodeSync</c>,
    /// <c>AddPrinting</c> and <c>AddQueue</c> (console sessions, alerts, hall clock).
    /// </summary>
    public static IServiceCollection AddDossiers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<DossierOptions, DossierOptionsValidator>(configuration, DossierOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProcedureCatalogue, ReplicaProcedureCatalogue>();
        services.TryAddSingleton(sp => new DossierForms(sp.GetRequiredService<IOptions<DossierOptions>>(), sp.GetRequiredService<QueueClock>().CalendarSource));
        services.TryAddSingleton<DossierPrinter>();
        services.TryAddSingleton<DossierReceiving>();
        services.TryAddSingleton<DossierDesk>();
        services.TryAddSingleton<DossierScanHandler>();
        services.TryAddSingleton<DossierNoticeDocuments>();
        services.TryAddSingleton<DossierNoticeReprint>();
        services.TryAddSingleton(sp =>
        {
            var node = sp.GetRequiredService<IOptions<NodeOptions>>().Value;
            var path = sp.GetRequiredService<IOptions<DossierOptions>>().Value.NoticeDatabase;
            return PrintedNoticeStore.Open(Path.IsPathRooted(path) ? path : Path.Combine(node.DataDirectory, path), sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<DossierNoticeWatcher>();
        services.AddSingleton<IReserveSeriesSource, DossierReserveSeries>();
        return services;
    }
}
