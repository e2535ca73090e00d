using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>Authentication from the cached node rows, against a real database whose rows the test changes behind the engine's back.</summary>
public sealed class NodeCredentialCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_changed_key_works_at_once_and_the_old_one_stops_when_the_cache_expires()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time, new HubSyncOptions { CredentialCacheDuration = TimeSpan.FromSeconds(10) });
        var oldKey = TestNodes.KeyOf(TestNodes.Counter1);
        Assert.Equal(TestNodes.Counter1, (await engine.AuthenticateAsync(TestNodes.Counter1, oldKey, default)).NodeId);

        const string newKey = "a-brand-new-key-0123456789abcdef";
        await SetKeyHashAsync(db, TestNodes.Counter1, NodeKeyHasher.Hash(newKey));

        // The new key does not match the cached hash, so the row is read again: it works at once.
        var identity = await engine.AuthenticateAsync(TestNodes.Counter1, newKey, default);
        Assert.Equal(["center", "counter:1"], identity.Scopes);
        // That read refreshed the cache, so the old key is refused from now on.
        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(TestNodes.Counter1, oldKey, default));
    }

    [Fact]
    public async Task A_removed_node_is_refused_once_its_cached_row_is_older_than_the_duration()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time, new HubSyncOptions { CredentialCacheDuration = TimeSpan.FromSeconds(10) });
        var key = TestNodes.KeyOf(TestNodes.Counter2);
        await engine.AuthenticateAsync(TestNodes.Counter2, key, default);

        await using (var context = db.NewContext())
            await context.Nodes.Where(n => n.NodeId == TestNodes.Counter2).ExecuteDeleteAsync();

        _time.Advance(TimeSpan.FromSeconds(9));
        await engine.AuthenticateAsync(TestNodes.Counter2, key, default);
        _time.Advance(TimeSpan.FromSeconds(1));
        var refused = await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(TestNodes.Counter2, key, default));
        Assert.Equal(401, refused.StatusCode);
    }

    [Fact]
    public async Task With_no_cache_every_request_reads_the_row()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time, new HubSyncOptions { CredentialCacheDuration = TimeSpan.Zero });
        var key = TestNodes.KeyOf(TestNodes.Counter1);
        await engine.AuthenticateAsync(TestNodes.Counter1, key, default);

        await SetKeyHashAsync(db, TestNodes.Counter1, NodeKeyHasher.Hash("another-key-0123456789abcdef"));
        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(TestNodes.Counter1, key, default));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_even_while_the_node_is_cached()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var engine = db.CreateEngine(_time);
        await engine.AuthenticateAsync(TestNodes.Counter1, TestNodes.KeyOf(TestNodes.Counter1), default);
        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync(TestNodes.Counter1, "wrong-key-0123456789", default));
        await Assert.ThrowsAsync<NodeAuthenticationException>(() => engine.AuthenticateAsync("no-such-node", "wrong-key-0123456789", default));
    }

    private static async Task SetKeyHashAsync(TestDatabase db, string nodeId, string keyHash)
    {
        await using var context = db.NewContext();
        await context.Nodes.Where(n => n.NodeId == nodeId).ExecuteUpdateAsync(s => s.SetProperty(n => n.KeyHash, keyHash));
    }
}
