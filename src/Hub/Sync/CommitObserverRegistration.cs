using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CounterNode.Hub.Sync;

/// <summary>Registers a <see cref="CommitSignal"/> raised after every commit that touches the scopes an observer cares about.</summary>
public static class CommitObserverRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TSignal"/> and wraps whatever <see cref="ISyncPokeSender"/> is
    /// registered so far (the engine's, or another observer around it) so that a commit whose
    /// scopes satisfy <paramref name="wakesOn"/> (every commit when null) raises the signal.
    /// Without a registered sender (no engine) only the signal is registered: its consumer polls.
    /// </summary>
    public static IServiceCollection AddCommitSignal<TSignal>(this IServiceCollection services, Func<IReadOnlyCollection<string>, bool>? wakesOn = null)
        where TSignal : CommitSignal
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<TSignal>();
        var original = services.LastOrDefault(d => d.ServiceType == typeof(ISyncPokeSender) && !d.IsKeyedService);
        if (original is null)
            return services;
        services.Remove(original);
        var filter = wakesOn ?? (_ => true);
        services.Add(new ServiceDescriptor(
            typeof(ISyncPokeSender),
            sp => new CommitObservingPokeSender(CreateInner(sp, original), sp.GetRequiredService<TSignal>(), filter),
            original.Lifetime));
        return services;
    }

    private static ISyncPokeSender CreateInner(IServiceProvider services, ServiceDescriptor original) =>
        (ISyncPokeSender)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
