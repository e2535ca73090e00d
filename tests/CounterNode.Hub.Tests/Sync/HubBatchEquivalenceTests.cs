using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>
/// A batch is applied exactly as its mutations pushed one at a time: same outcomes (refusals
/// included), same entity rows, same change log (versions, data, hashes). Batches of more than one
/// mutation take the set-wise paths (on PostgreSQL: prefetch by dry runs whose results are reused
/// when they saw the right state), single pushes the plain one; scripts reuse a few tickets and
/// numbers so mutations of one batch read what earlier ones wrote, numbers collide and rules refuse.
/// </summary>
public sealed class HubBatchEquivalenceTests
{
    private const int Nodes = 400;
    private static readonly DateOnly FirstDay = new(2026, 11, 2);

    // (operation, ticket of the script's pool, printed number, counter)
    private static readonly Gen<(int Op, int Ticket, int Number, int Counter)> Step =
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], Gen.Int[1, 2], Gen.Int[1, 3]);

    [Theory]
    [ClassData(typeof(DatabaseProviders))]
    public async Task Batched_pushes_store_what_single_pushes_store(DatabaseProvider provider)
    {
        var seeds = Enumerable.Range(0, Nodes).Select(i => TestNodes.Seed(NodeId(i), "*")).ToList();
        await using var batchedDb = await TestDatabase.CreateAsync(provider, seeds);
        await using var singleDb = await TestDatabase.CreateAsync(provider, seeds);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
        var batched = batchedDb.CreateEngine(time);
        var single = singleDb.CreateEngine(time);
        var next = 0;
        var compared = 0;

        await Gen.Select(Step.Array[2, 24], Gen.Int[1, 8].Array[24]).SampleAsync(async sample =>
        {
            // Each sample is a new node, new tickets and a new day: samples do not interfere,
            // and both Hubs hold the same history before it.
            var index = next++;
            if (index >= Nodes)
                throw new InvalidOperationException("More samples than seeded nodes: raise Nodes.");
            var node = NodeId(index);
            var identity = new NodeIdentity(node, ["*"]);
            var outbox = new OutboxBuilder(node, time);
            var tickets = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToArray();
            var day = FirstDay.AddDays(index % 300);
            var script = sample.Item1.Select(s => s.Op switch
            {
                0 or 1 => outbox.Add(TicketMutationTypes.Issue, new IssueTicketPayload(tickets[s.Ticket], "A", s.Number, day, "TP")),
                2 => outbox.Call(tickets[s.Ticket], s.Counter),
                3 => outbox.Finish(tickets[s.Ticket], s.Counter),
                _ => outbox.Add(TicketMutationTypes.NoShow, new TicketCounterPayload(tickets[s.Ticket], s.Counter)),
            }).ToList();

            var batchedOutcomes = new List<MutationOutcome>();
            var at = 0;
            for (var i = 0; at < script.Count; i++)
            {
                var size = Math.Min(sample.Item2[i % sample.Item2.Length], script.Count - at);
                var response = await batched.PushAsync(identity, outbox.Push([.. script.Skip(at).Take(size)]), default);
                batchedOutcomes.AddRange(response.Outcomes);
                at += size;
            }

            var singleOutcomes = new List<MutationOutcome>();
            foreach (var mutation in script)
                singleOutcomes.AddRange((await single.PushAsync(identity, outbox.Push(mutation), default)).Outcomes);

            Assert.Equal(singleOutcomes.Select(o => (o.MutationId, o.Status, o.ReasonCode, o.Reason)),
                batchedOutcomes.Select(o => (o.MutationId, o.Status, o.ReasonCode, o.Reason)));
            Assert.Equal(await StoredAsync(singleDb), await StoredAsync(batchedDb));
            compared++;
        }, iter: 40, threads: 1);

        Assert.Equal(next, compared);
        Assert.True((await batched.VerifyChangeLogAsync(default)).IsIntact);
    }

    private static string NodeId(int index) => "eq-" + index.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    // Everything a push stores that another Hub must store identically (times of arrival aside).
    private static async Task<List<string>> StoredAsync(TestDatabase db)
    {
        await using var c = db.NewContext();
        var stored = new List<string>();
        stored.AddRange((await c.ChangeLog.AsNoTracking().OrderBy(x => x.Version).ToListAsync())
            .Select(x => $"log {x.Version} {x.EntityType} {x.EntityId} {x.Scope} {x.Data} {x.NodeId} {x.MutationId} {x.PreviousHash} {x.Hash}"));
        stored.AddRange((await c.Entities.AsNoTracking().ToListAsync())
            .Select(x => $"entity {x.Type} {x.Id} {x.Scope} {x.Version} {x.Data}").Order(StringComparer.Ordinal));
        stored.AddRange((await c.Conflicts.AsNoTracking().ToListAsync())
            .Select(x => $"conflict {x.Id} {x.Kind} {x.Data} {x.FirstVersion} {x.LastVersion}").Order(StringComparer.Ordinal));
        stored.AddRange((await c.AppliedMutations.AsNoTracking().ToListAsync())
            .Select(x => $"applied {x.NodeId} {x.MutationId} {x.Id} {x.Status} {x.ReasonCode} {x.HubVersion} {x.Hash}").Order(StringComparer.Ordinal));
        var state = await c.SyncState.AsNoTracking().SingleAsync();
        stored.Add($"head {state.Version} {state.LastHash}");
        return stored;
    }
}
