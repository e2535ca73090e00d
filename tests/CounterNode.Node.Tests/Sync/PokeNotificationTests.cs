using CounterNode.Node.Storage;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Node.Tests.Sync;

/// <summary>What a poke stored on a quiet node announces: one notification per entity with its last state, to every watcher.</summary>
public sealed class PokeNotificationTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Theory]
    [InlineData(2)] // small commit: the earlier change is found by a scan
    [InlineData(12)] // larger commit: found through a dictionary
    public async Task A_commit_changing_one_entity_twice_announces_it_once_with_its_last_state(int size)
    {
        await using var replica = await BootstrappedAsync(cursor: 0);
        using var watch = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var notifications = replica.WatchAsync(watch.Token).GetAsyncEnumerator(watch.Token);
        var first = notifications.MoveNextAsync();
        var twice = Guid.NewGuid();
        var others = Enumerable.Range(0, size - 2).Select(_ => Guid.NewGuid()).ToList();
        // The twice-changed ticket first (number 1) and last (number 99), others in between.
        var changes = new List<EntityChange> { Ticket(1, twice, 1) };
        changes.AddRange(others.Select((id, i) => Ticket(2 + i, id, 10 + i)));
        changes.Add(Ticket(size, twice, 99));

        Assert.Equal(PokeApplyOutcome.Applied, await replica.ApplyPokeAsync(Poke(0, [.. changes]), CancellationToken.None));
        // A marker commit after it: everything announced before the marker belongs to the first commit.
        var marker = Guid.NewGuid();
        Assert.Equal(PokeApplyOutcome.Applied, await replica.ApplyPokeAsync(Poke(size, Ticket(size + 1, marker, 500)), CancellationToken.None));

        var announced = new List<EntityChanged>();
        Assert.True(await first);
        while (true)
        {
            var changed = Assert.IsType<EntityChanged>(notifications.Current);
            if (changed.Key.Id == marker.ToString("D"))
                break;
            announced.Add(changed);
            Assert.True(await notifications.MoveNextAsync());
        }

        // Order of first change; the twice-changed ticket carries its last version and data.
        Assert.Equal([twice.ToString("D"), .. others.Select(o => o.ToString("D"))], announced.Select(a => a.Key.Id));
        var last = announced[0].Entity!;
        Assert.Equal(size, last.Version);
        Assert.Equal(99, last.Data.GetProperty("number").GetInt32());
        Assert.All(announced, a => Assert.Equal(ChangeOrigin.Sync, a.Origin));
        var stored = await replica.GetAsync(TicketEntityTypes.Ticket, twice.ToString("D"), CancellationToken.None);
        Assert.Equal(last.Data.GetRawText(), stored!.Data.GetRawText());
    }

    [Fact]
    public async Task Every_watcher_hears_every_poke_and_a_stopped_watcher_is_dropped()
    {
        await using var replica = await BootstrappedAsync(cursor: 0);
        using var stopFirst = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var keepSecond = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var first = replica.WatchAsync(stopFirst.Token).GetAsyncEnumerator(stopFirst.Token);
        await using var second = replica.WatchAsync(keepSecond.Token).GetAsyncEnumerator(keepSecond.Token);
        var firstNext = first.MoveNextAsync();
        var secondNext = second.MoveNextAsync();
        var a = Guid.NewGuid();

        await replica.ApplyPokeAsync(Poke(0, Ticket(1, a, 1)), CancellationToken.None);

        Assert.True(await firstNext);
        Assert.True(await secondNext);
        Assert.Equal(a.ToString("D"), ((EntityChanged)first.Current).Key.Id);
        Assert.Equal(a.ToString("D"), ((EntityChanged)second.Current).Key.Id);

        // The first screen goes away; the second keeps hearing.
        var firstEnds = first.MoveNextAsync();
        await stopFirst.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await firstEnds);
        await first.DisposeAsync();
        var b = Guid.NewGuid();
        secondNext = second.MoveNextAsync();

        await replica.ApplyPokeAsync(Poke(1, Ticket(2, b, 2)), CancellationToken.None);

        Assert.True(await secondNext);
        Assert.Equal(b.ToString("D"), ((EntityChanged)second.Current).Key.Id);
    }

    private async Task<NodeReplica> BootstrappedAsync(long cursor)
    {
        var replica = _replicas.Open();
        await replica.ApplySnapshotAsync([], cursor, 0, CancellationToken.None);
        return replica;
    }

    private static SyncPoke Poke(long from, params EntityChange[] changes) =>
        new(changes[^1].Version, from, changes, HybridTimestamp.Create(1_000, 0).Value);

    private static EntityChange Ticket(long version, Guid id, int number) =>
        new(version, TicketEntityTypes.Ticket, id.ToString("D"), "center", TestReplicas.Issue(id, number));

    public void Dispose() => _replicas.Dispose();
}
