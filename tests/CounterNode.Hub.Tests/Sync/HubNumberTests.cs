using CounterNode.Hub.Configuration;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

public sealed class HubNumberTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
    private static readonly NumberSeries SeriesA = new(NumberSeriesKind.Ticket, "A", new DateOnly(2026, 11, 26));

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Concurrent_online_numbers_and_leases_never_overlap(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time);
        var c1 = TestNodes.Identity(TestNodes.Counter1);
        var c2 = TestNodes.Identity(TestNodes.Counter2);

        var online = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var node = i % 2 == 0 ? c1 : c2;
            var response = await engine.NextNumberAsync(node, new NumberRequest(SyncProtocol.Version, node.NodeId, SeriesA), default);
            return (Online: true, Numbers: new[] { response.Number });
        }));
        var leases = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var node = i % 2 == 0 ? c1 : c2;
            var lease = await engine.LeaseReserveAsync(node, new ReserveLeaseRequest(SyncProtocol.Version, node.NodeId, SeriesA, 10), default);
            Assert.Equal(node.NodeId, lease.NodeId);
            return (Online: false, Numbers: Enumerable.Range(lease.First, lease.Last - lease.First + 1).ToArray());
        }));
        var all = await Task.WhenAll(online.Concat(leases));

        // Online numbers are consecutive from 1 (no jumps for citizens); reserve blocks come down from A999.
        Assert.Equal(Enumerable.Range(1, 40), all.Where(a => a.Online).SelectMany(a => a.Numbers).Order());
        Assert.Equal(Enumerable.Range(940, 60), all.Where(a => !a.Online).SelectMany(a => a.Numbers).Order());
        var otherDay = await engine.NextNumberAsync(c1, new NumberRequest(SyncProtocol.Version, c1.NodeId, SeriesA with { Day = SeriesA.Day.AddDays(1) }), default);
        Assert.Equal(1, otherDay.Number);
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Online_numbers_and_reserve_blocks_meet_in_the_middle_then_the_series_is_refused_as_exhausted(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time, new HubSyncOptions { MaxReserveBlock = 1000 });
        var c1 = TestNodes.Identity(TestNodes.Counter1);

        var block = await engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, c1.NodeId, SeriesA, 990), default);
        Assert.Equal((10, 999), (block.First, block.Last));
        for (var expected = 1; expected <= 9; expected++)
            Assert.Equal(expected, (await engine.NextNumberAsync(c1, new NumberRequest(SyncProtocol.Version, c1.NodeId, SeriesA), default)).Number);

        var online = await Assert.ThrowsAsync<NumberSeriesExhaustedException>(() =>
            engine.NextNumberAsync(c1, new NumberRequest(SyncProtocol.Version, c1.NodeId, SeriesA), default));
        Assert.Equal(409, online.StatusCode);
        await Assert.ThrowsAsync<NumberSeriesExhaustedException>(() =>
            engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, c1.NodeId, SeriesA, 1), default));
        // Dossier codes have four digits: their blocks come down from 9999.
        var dossiers = await engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, c1.NodeId,
            new NumberSeries(NumberSeriesKind.Dossier, "000.00.00.H34", SeriesA.Day), 50), default);
        Assert.Equal((9950, 9999), (dossiers.First, dossiers.Last));
    }

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task A_lease_of_a_bad_size_is_refused_and_stores_nothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var engine = db.CreateEngine(_time, new HubSyncOptions { MaxReserveBlock = 50 });
        var c1 = TestNodes.Identity(TestNodes.Counter1);
        var before = await StoredCounts.ReadAsync(db);

        await Assert.ThrowsAsync<InvalidSyncArgumentException>(() =>
            engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, c1.NodeId, SeriesA, 51), default));
        await Assert.ThrowsAsync<InvalidSyncArgumentException>(() =>
            engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, c1.NodeId, SeriesA, 0), default));
        await Assert.ThrowsAsync<NodeMismatchException>(() =>
            engine.LeaseReserveAsync(c1, new ReserveLeaseRequest(SyncProtocol.Version, TestNodes.Counter2, SeriesA, 5), default));

        Assert.Equal(before, await StoredCounts.ReadAsync(db));
    }
}
