namespace CounterNode.Hub.Sync;

/// <summary>Pokes nobody (in-process use without SignalR: tests, the simulation, tools).</summary>
public sealed class NullSyncPokeSender : ISyncPokeSender
{
    public static NullSyncPokeSender Instance { get; } = new();

    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken) => Task.CompletedTask;
}
