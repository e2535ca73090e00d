using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using CsCheck;

namespace CounterNode.Node.Tests.Sync;

/// <summary>
/// Pokes carrying their commits, delivered dropped, duplicated and out of order, mixed with
/// pulls: after every step the replica holds exactly the Hub's state at its cursor (no gap,
/// nothing skipped, cursor never going back), and a final pull converges it to the Hub.
/// </summary>
public sealed class PokeDeliveryPropertyTests
{
    private const string Kiosk = "kiosk-01";

    [Fact]
    public void Any_delivery_of_pokes_and_pulls_keeps_the_replica_equal_to_the_hub_at_its_cursor()
    {
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 24], Gen.Bool, Gen.Int[0, int.MaxValue])
            .Sample((commits, deliveries, pendingLocal, seed) => RunAsync(commits, deliveries, pendingLocal, seed).GetAwaiter().GetResult(), iter: 30);
    }

    private static async Task RunAsync(int commitCount, int deliveries, bool pendingLocal, int seed)
    {
        using var replicas = new TestReplicas();
        await using var replica = replicas.Open();
        await replica.ApplySnapshotAsync([], 0, 0, CancellationToken.None);
        if (pendingLocal)
            await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 900), null, CancellationToken.None);
        var hub = new InMemoryHub();
        using var engine = new SyncEngine(replica, hub.For(replica.NodeId));
        var random = new Random(seed);
        var commits = new List<SyncPoke>();
        var log = new List<EntityChange>();
        var outbox = new KioskOutbox();
        for (var i = 0; i < commitCount; i++)
        {
            var from = hub.Version;
            var ticket = Guid.NewGuid();
            var batch = new List<Mutation> { outbox.Next(TicketMutationTypes.Issue, new IssueTicketPayload(ticket, "B", i + 1, TestReplicas.Day)) };
            if (random.Next(2) == 0)
                batch.Add(outbox.Next(TicketMutationTypes.Call, new TicketCounterPayload(ticket, 2)));
            await hub.For(Kiosk).PushAsync(new PushRequest(SyncProtocol.Version, Kiosk, batch), CancellationToken.None);
            var page = await hub.For(Kiosk).PullAsync(new PullRequest(SyncProtocol.Version, Kiosk, from, 1000), CancellationToken.None);
            var changes = page.Changes.Where(c => c.Version <= hub.Version).ToList();
            log.AddRange(changes);
            commits.Add(new SyncPoke(hub.Version, from, changes, HybridTimestamp.Create(2_000, 0).Value));
        }

        long lastCursor = 0;
        for (var step = 0; step < deliveries; step++)
        {
            if (random.Next(6) == 0)
                await engine.PullAsync(CancellationToken.None);
            else
                await engine.TryApplyPokeAsync(commits[random.Next(commits.Count)], CancellationToken.None);

            var cursor = (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor;
            Assert.True(cursor >= lastCursor, $"seed {seed}: cursor went back from {lastCursor} to {cursor}");
            lastCursor = cursor;
            Assert.Equal(Expected(log, cursor), await ConfirmedAsync(replica));
        }

        await engine.PullAsync(CancellationToken.None);
        Assert.Equal(hub.Version, (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor);
        Assert.Equal(Expected(log, hub.Version), await ConfirmedAsync(replica));
        Assert.Equal(pendingLocal ? 1 : 0, (await replica.GetSyncStateAsync(CancellationToken.None)).PendingCount);
    }

    // The Hub's state at a version: the last change of each entity at or below it.
    private static List<string> Expected(List<EntityChange> log, long version) =>
        [.. log.Where(c => c.Version <= version)
            .GroupBy(c => (c.EntityType, c.EntityId))
            .Select(g => g.Last())
            .Where(c => c.Data is not null)
            .Select(c => $"{c.EntityType}/{c.EntityId}/{c.Version}/{c.Data!.Value.GetRawText()}")
            .Order(StringComparer.Ordinal)];

    // What the replica holds from the Hub (the node's own pending ticket 900 is left out).
    private static async Task<List<string>> ConfirmedAsync(NodeReplica replica)
    {
        var all = new List<string>();
        foreach (var type in new[] { TicketEntityTypes.Ticket, TicketEntityTypes.TicketNumber })
        {
            foreach (var e in await replica.QueryAsync(type, e => !e.IsPending, CancellationToken.None))
                all.Add($"{e.Type}/{e.Id}/{e.Version}/{e.Data.GetRawText()}");
        }

        return [.. all.Order(StringComparer.Ordinal)];
    }

    private sealed class KioskOutbox
    {
        private long _next = 1;
        private string _previous = string.Empty;
        private long _hlc = HybridTimestamp.Create(1_000, 0).Value;

        public Mutation Next<T>(string type, T payload)
        {
            var json = MutatorJson.ToElement(payload);
            var hlc = new HybridTimestamp(++_hlc);
            var id = Guid.CreateVersion7();
            var hash = MutationHasher.Compute(_previous, Kiosk, _next, id, type, json.GetRawText(), hlc, null);
            var mutation = new Mutation(Kiosk, _next++, id, type, json, hlc, null, _previous, hash);
            _previous = hash;
            return mutation;
        }
    }
}
