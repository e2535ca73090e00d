namespace CounterNode.Shared.Sync;

/// <summary>Strongly-typed SignalR client contract of the poke hub.</summary>
public interface ISyncPokeClient
{
    /// <summary>The change log moved; pull.</summary>
    Task Poke(SyncPoke poke);
}
