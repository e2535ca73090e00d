namespace CounterNode.Hub.Sync;

/// <summary>
/// Decorates the engine's <see cref="ISyncPokeSender"/> (called after every commit) to raise a
/// <see cref="CommitSignal"/> when the commit touched scopes the observer cares about, without
/// touching the engine. The poke itself is passed on unchanged.
/// </summary>
public sealed class CommitObservingPokeSender(ISyncPokeSender inner, CommitSignal signal, Func<IReadOnlyCollection<string>, bool> wakesOn)
    : ISyncPokeSender
{
    /// <summary>The decorated sender (another observer or the engine's own).</summary>
    public ISyncPokeSender Inner => inner;

    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (wakesOn(scopes))
            signal.Notify();
        return inner.PokeAsync(scopes, version, cancellationToken);
    }
}
