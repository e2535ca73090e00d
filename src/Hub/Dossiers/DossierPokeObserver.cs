using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Dossiers;

/// <summary>
/// Decorates the engine's <see cref="ISyncPokeSender"/> (called after every commit): a commit in a
/// department scope (where dossiers live) wakes the transfer service. The poke is passed on unchanged.
/// </summary>
public sealed class DossierPokeObserver(ISyncPokeSender inner, DossierChangeSignal signal) : ISyncPokeSender
{
    private const string DepartmentScopePrefix = "dept:";

    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (scopes.Any(s => s.StartsWith(DepartmentScopePrefix, StringComparison.Ordinal)))
            signal.Notify();
        return inner.PokeAsync(scopes, version, cancellationToken);
    }
}
