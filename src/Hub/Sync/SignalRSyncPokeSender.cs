using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Sync;

/// <summary>Pokes through SignalR groups (across Hub instances when the Redis backplane is on).</summary>
public sealed class SignalRSyncPokeSender(IHubContext<SyncPokeHub, ISyncPokeClient> hub) : ISyncPokeSender
{
    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var groups = scopes.Append(SyncScope.All).Distinct(StringComparer.Ordinal).Select(SyncPokeHub.GroupOf).ToList();
        return hub.Clients.Groups(groups).Poke(new SyncPoke(version));
    }
}
