using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.AspNetCore.SignalR;

namespace CounterNode.Hub.Sync;

/// <summary>Pokes through SignalR groups (across Hub instances when the Redis backplane is on).</summary>
/// <remarks>
/// A small commit travels inside the poke (<see cref="PokeScopes.Changes"/>) to every group that
/// may see ALL of it: the group of its only scope and <c>scope:*</c>. A commit spanning several
/// scopes goes whole to <c>scope:*</c> only; the other groups get a contentless poke and pull, so
/// no node ever receives data outside its grant, and none ever gets half a commit.
/// </remarks>
public sealed class SignalRSyncPokeSender(IHubContext<SyncPokeHub, ISyncPokeClient> hub) : ISyncPokeSender
{
    public Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var all = SyncPokeHub.GroupOf(SyncScope.All);
        var groups = scopes.Where(s => s != SyncScope.All).Distinct(StringComparer.Ordinal).Select(SyncPokeHub.GroupOf).ToList();
        if (scopes is not PokeScopes { Changes: { } changes } commit)
            return hub.Clients.Groups([.. groups, all]).Poke(new SyncPoke(version));

        var inline = new SyncPoke(version, commit.FromVersion, changes, commit.HubClock);
        if (groups.Count <= 1)
            return hub.Clients.Groups([.. groups, all]).Poke(inline);
        return Task.WhenAll(hub.Clients.Group(all).Poke(inline), hub.Clients.Groups(groups).Poke(new SyncPoke(version)));
    }
}
