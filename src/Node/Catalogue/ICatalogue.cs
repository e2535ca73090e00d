namespace CounterNode.Node.Catalogue;

/// <summary>
/// The center's catalogue as this node knows it: the synced <c>catalogue.*</c> entities of the
/// replica, kept in memory and refreshed on the replica's change notifications. Synchronous on
/// purpose: the queue reads it on every kiosk request and call.
/// </summary>
public interface ICatalogue
{
    /// <summary>The latest catalogue; <see cref="SyncedCatalogue.Empty"/> until the Hub's catalogue arrives.</summary>
    SyncedCatalogue Current { get; }
}
