using CounterNode.Hub.Sync;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>Records pokes (a narrow seam: the SignalR sender is tested over real HTTP in the integration tests).</summary>
public sealed class RecordingPokeSender(bool fail = false) : ISyncPokeSender
{
    public List<(IReadOnlyCollection<string> Scopes, long Version)> Pokes { get; } = [];

    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        Pokes.Add((scopes, version));
        return fail ? Task.FromException(new InvalidOperationException("backplane down")) : Task.CompletedTask;
    }
}
