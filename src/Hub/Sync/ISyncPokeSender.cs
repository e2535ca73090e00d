namespace CounterNode.Hub.Sync;

/// <summary>Tells the nodes of some scopes that the change log moved (after a commit).</summary>
public interface ISyncPokeSender
{
    /// <summary>Pokes the nodes that see any of <paramref name="scopes"/>. Must not throw for delivery failures.</summary>
    Task PokeAsync(IReadOnlyCollection<string> scopes, long version, CancellationToken cancellationToken);
}
