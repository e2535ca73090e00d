using System.Collections.Concurrent;

namespace CounterNode.Hub.Sync;

/// <summary>
/// The nodes' key hashes and scopes as last read from the database, kept for
/// <see cref="HubSyncOptions.CredentialCacheDuration"/>. Every sync request and poke connection
/// authenticates; reading the node row each time cost one database round trip per request
/// (~0.8 ms on PostgreSQL under load, a sixth of a one-mutation push). Node rows change only when
/// a Hub starts with new node settings, so a short cache bounds how long another instance's
/// change takes to be seen here. A key that does not match the cached hash is always checked
/// against the database again (it may have just changed), so a new key works at once.
/// </summary>
public sealed class NodeCredentialCache(TimeProvider time, TimeSpan duration)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The cached row of <paramref name="nodeId"/> while fresh; null when absent or stale.</summary>
    public NodeCredentials? Get(string nodeId)
    {
        if (duration <= TimeSpan.Zero || !_entries.TryGetValue(nodeId, out var entry))
            return null;
        return time.GetElapsedTime(entry.ReadAt) < duration ? entry.Credentials : null;
    }

    /// <summary>Remembers a row just read (or forgets the node when it no longer exists).</summary>
    public void Set(string nodeId, NodeCredentials? credentials)
    {
        if (credentials is null)
            _entries.TryRemove(nodeId, out _);
        else if (duration > TimeSpan.Zero)
            _entries[nodeId] = new Entry(credentials, time.GetTimestamp());
    }

    private sealed record Entry(NodeCredentials Credentials, long ReadAt);
}
