using CounterNode.Hub.Board;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Calendar;
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
        // The regulation's calendar unless another feature registered the center's own.
        services.TryAddSingleton(WorkingCalendar.Default);
        services.AddSingleton<DossierReader>();
        services.AddSingleton<TransferPlanSource>();
        services.AddSingleton<DossierTransferrer>();
        services.AddSingleton<DossierChangeSignal>();
        services.AddSingleton<DeadlineQueries>();
        services.AddHostedService<DossierTransferService>();
        DecoratePokeSender(services);
        return builder;
    }

    // Wraps whatever ISyncPokeSender is registered (the board's observer around the engine's sender), so a dossier commit wakes the transfers.
    private static void DecoratePokeSender(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(ISyncPokeSender) && !d.IsKeyedService);
        if (original is null)
            return; // no engine: the service still polls
        services.Remove(original);
        services.Add(new ServiceDescriptor(
            typeof(ISyncPokeSender),
            sp => new DossierPokeObserver(CreateInner(sp, original), sp.GetRequiredService<DossierChangeSignal>()),
            original.Lifetime));
    }

    private static ISyncPokeSender CreateInner(IServiceProvider services, ServiceDescriptor original) =>
        (ISyncPokeSender)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
