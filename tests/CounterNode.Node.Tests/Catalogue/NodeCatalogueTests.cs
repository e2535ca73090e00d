using CounterNode.Node.Catalogue;
using CounterNode.Node.Queue;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Calendar;
using CounterNode.Shared.Catalogue;
using CounterNode.Shared.Queue;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Catalogue;

public sealed class NodeCatalogueTests
{
    private static QueueOptions Configured() => new()
    {
        Services = [new QueueServiceOptions { Prefix = "A", Name = "Dịch vụ cấu hình", Counters = [1] }],
    };

    [Fact]
    public async Task The_queue_uses_the_configuration_until_the_catalogue_arrives_then_follows_every_edit()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var queue = new QueueCatalog(Configured(), r.Catalogue);

        Assert.Equal(CatalogueSource.Configuration, r.Catalogue.Current.Source);
        Assert.Equal(["Dịch vụ cấu hình"], queue.Services.Select(s => s.Name));
        Assert.Null(queue.WorkingSessions);

        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Officers.Count == 2);

        Assert.Equal(["A", "C"], queue.Services.Select(s => s.Prefix));
        Assert.Equal([3], queue.Get("A").Counters);
        Assert.Equal([3, 5], queue.Get("C").Counters);
        Assert.Equal(PriorityRule.Interleave(2), queue.Get("C").Rule);
        Assert.Equal(PriorityRule.Strict, queue.Get("A").Rule);
        Assert.Equal(["A", "C"], queue.ServedBy(3).Select(s => s.Prefix));
        Assert.Empty(queue.ServedBy(1));
        Assert.Equal([new WorkingSession(new TimeOnly(7, 0), new TimeOnly(8, 0))], queue.WorkingSessions);

        await r.PutAsync(CatalogueEntityTypes.Service, "A", new ServiceEntity("A", "Hộ tịch (tên mới)", ["STP"]));
        await r.WaitForAsync(c => c.Services[0].Name == "Hộ tịch (tên mới)");
        Assert.Equal("Hộ tịch (tên mới)", queue.Get("A").Name);

        await r.RemoveAsync(CatalogueEntityTypes.Service, "C");
        await r.WaitForAsync(c => c.Services.Count == 1);
        Assert.Throws<UnknownServiceException>(() => queue.Get("C"));
    }

    [Fact]
    public async Task A_restarted_node_reads_the_catalogue_already_in_its_replica()
    {
        await using var r = new CatalogueReplica();
        await r.SeedBasicsAsync();

        // A second reader over the same replica, started after the writes (a node restart).
        await using var fresh = new NodeCatalogue(r.Replica, new RecordingLogger<NodeCatalogue>());
        await fresh.StartAsync(default);

        Assert.Equal(CatalogueSource.Synced, fresh.Current.Source);
        Assert.Equal(2, fresh.Current.Services.Count);
        Assert.Equal("Trung tâm Phục vụ hành chính công tỉnh Kon Tum", fresh.Current.Center!.Name);
    }

    [Fact]
    public async Task The_source_in_use_is_logged_once_per_switch()
    {
        await using var r = new CatalogueReplica();
        var log = new RecordingLogger<NodeCatalogue>();
        await using var catalogue = new NodeCatalogue(r.Replica, log);
        await catalogue.StartAsync(default);
        await r.SeedBasicsAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (catalogue.Current.Officers.Count < 2)
            await Task.Delay(10, timeout.Token);

        Assert.Single(log.Lines, l => l.Contains("Catalogue source: node configuration", StringComparison.Ordinal));
        Assert.Single(log.Lines, l => l.Contains("Catalogue source: synced from the Hub", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_counter_node_cannot_change_the_catalogue_and_nothing_is_stored()
    {
        using var replicas = new TestReplicas();
        await using var counter = replicas.Open("counter-01");
        var payload = MutatorJson.ToElement(new
        {
            entityType = CatalogueEntityTypes.Department,
            id = "STP",
            data = MutatorJson.ToElement(new DepartmentEntity("STP", "Sở Tư pháp")),
        });

        var refused = await Assert.ThrowsAsync<CatalogueHubOnlyException>(() => counter.MutateAsync(CatalogueMutationTypes.Put, payload, "cb01", default));

        Assert.Equal("counter-01", refused.NodeId);
        Assert.Null(await counter.GetAsync(CatalogueEntityTypes.Department, "STP", default));
        Assert.Equal(0, (await counter.GetSyncStateAsync(default)).PendingCount);
    }

    [Fact]
    public async Task Tickets_are_refused_outside_the_centers_synced_hours()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var queue = new QueueCatalog(Configured(), r.Catalogue);
        // Thursday 26/11/2026 09:30 in Vietnam (UTC+7): inside the default sessions, outside the synced 07:00–08:00.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 2, 30, 0, TimeSpan.Zero));
        var clock = new QueueClock(time, WorkingCalendar.Default) { SessionSource = () => queue.WorkingSessions };

        clock.EnsureOpen();
        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Center is not null);

        var closed = Assert.Throws<OutsideWorkingHoursException>(clock.EnsureOpen);
        Assert.Contains("07:00", closed.Message, StringComparison.Ordinal);
        time.SetUtcNow(new DateTimeOffset(2026, 11, 27, 0, 30, 0, TimeSpan.Zero)); // Friday 07:30 local
        clock.EnsureOpen();
    }
}
