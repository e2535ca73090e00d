using CounterNode.Hub.Board;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Calendar;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Dossiers;

/// <summary>Registration of the Hub's dossier side: read model, transfers, deadlines.</summary>
public static class DossierHubExtensions
{
    /// <summary>Call after the sync engine and before the board (it decorates the engine's poke sender; the board wraps it in turn).</summary>
    public static WebApplicationBuilder AddDossierHub(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DossierHubOptions>()
            .Bind(builder.Configuration.GetSection(DossierHubOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DossierHubOptions>, DossierHubOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // The center's calendar as the catalogue has it (administrator's days off included).
        services.AddHubWorkingCalendar();
        services.AddSingleton<DossierReader>();
        services.AddSingleton<TransferPlanSource>();
        services.AddSingleton<DossierTransferrer>();
        services.AddSingleton<DeadlineQueries>();
        services.AddHostedService<DossierTransferService>();
        services.AddCommitSignal<DossierChangeSignal>(scopes => scopes.Any(SyncScope.IsDepartment));
        return builder;
    }
}
