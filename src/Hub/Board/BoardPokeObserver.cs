using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Board;

/// <summary>
/// Decorates the engine's <see cref="ISyncPokeSender"/> (called after every commit) to wake the
/// board at once, without touching the engine. The poke itself is passed on unchanged.
/// </summary>
public sealed class BoardPokeObserver(ISyncPokeSender inner, BoardChangeSignal signal) : ISyncPokeSender
{
    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        signal.Notify();
        return inner.PokeAsync(scopes, version, cancellationToken);
    }
}
