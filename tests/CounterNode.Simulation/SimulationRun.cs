using System.Text.Json;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Sync.Scopes;
using CounterNode.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Simulation;

/// <summary>
/// One seeded run: nodes issue, call and close tickets and sync while the network, the nodes,
/// the Hub and the clocks misbehave; then faults heal, everyone syncs until quiet, and the
/// invariants are checked. Single-threaded and driven only by the seed, so it replays exactly.
/// </summary>
internal static class SimulationRun
{
    private const int QuiesceRounds = 12;


    public static async Task<SimulationSummary> RunAsync(int seed, SimulationSettings settings, CancellationToken ct)
    {
        var random = new Random(seed);
        var world = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        var network = new SimNetwork(random, settings);
        var seeds = Enumerable.Range(1, settings.Nodes).Select(i => Seed($"counter-{i:D2}", SyncScope.Center, SyncScope.Counter(i))).ToList();
        await using var hub = await SimHub.CreateAsync(seeds, world, new HubSyncOptions { RetainVersions = 8 });
        var nodes = new List<SimNode>();
        try
        {
            for (var i = 1; i <= settings.Nodes; i++)
            {
                var skew = TimeSpan.FromMilliseconds(random.NextDouble() * 2 * settings.MaxSkew.TotalMilliseconds) - settings.MaxSkew;
                nodes.Add(new SimNode(i, new SkewedTimeProvider(world, skew), new Random(random.Next()), network, hub, seed));
            }

            for (var step = 0; step < settings.Steps; step++)
            {
                network.Step = step;
                world.Advance(TimeSpan.FromMilliseconds(random.Next(200, 3000)));
                await InjectFaultsAsync(random, settings, network, hub, nodes, ct);
                await network.DeliverDueAsync(all: false);
                for (var a = 0; a < settings.ActorsPerStep; a++)
                    await ActAsync(random, nodes[random.Next(nodes.Count)], ct);
            }

            // Heal: no more faults, late messages arrive, everyone syncs until nothing moves.
            network.Faulty = false;
            network.HealAll();
            await network.DeliverDueAsync(all: true);
            await QuiesceAsync(hub, nodes, world, ct);
            return await CheckInvariantsAsync(seed, hub, nodes, network, ct);
        }
        finally
        {
            foreach (var node in nodes)
                await node.DisposeAsync();
        }
    }

    private static async Task InjectFaultsAsync(Random random, SimulationSettings s, SimNetwork network, SimHub hub, List<SimNode> nodes, CancellationToken ct)
    {
        if (random.NextDouble() < s.Partition)
            network.Partition(nodes[random.Next(nodes.Count)].NodeId);
        if (network.Partitioned.Count > 0 && random.NextDouble() < s.Heal)
            network.Heal(network.Partitioned.OrderBy(n => n, StringComparer.Ordinal).ElementAt(random.Next(network.Partitioned.Count)));
        if (random.NextDouble() < s.NodeCrash)
            await nodes[random.Next(nodes.Count)].CrashAsync();
        if (random.NextDouble() < s.HubRestart)
            hub.Restart();
        if (random.NextDouble() < s.ClockJumpBack)
        {
            // NTP steps the clock back: the node's wall clock jumps, its HLC must not.
            var node = nodes[random.Next(nodes.Count)];
            node.Clock.Offset -= TimeSpan.FromSeconds(random.Next(1, 300));
            if (node.Clock.Offset < -s.MaxSkew)
                node.Clock.Offset = -s.MaxSkew;
        }

        if (random.NextDouble() < s.Compaction)
            await hub.Engine.CompactByRetentionAsync(ct);
    }

    private static Task ActAsync(Random random, SimNode node, CancellationToken ct)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 25 => node.IssueAsync(ct),
            < 27 => node.IssueThenCrashAsync(ct),
            < 52 => node.CallAsync(ct),
            < 62 => node.CloseAsync(ct),
            < 68 => node.TopUpAsync(ct),
            _ => node.SyncAsync(ct),
        };
    }

    private static async Task QuiesceAsync(SimHub hub, List<SimNode> nodes, FakeTimeProvider world, CancellationToken ct)
    {
        // Cheapest way to settle a healed system: everyone pushes, then everyone pulls; full
        // rounds only for whoever is still behind (e.g. a node that must bootstrap).
        foreach (var node in nodes)
            await node.PushAsync(ct);
        for (var round = 0; round < QuiesceRounds; round++)
        {
            world.Advance(TimeSpan.FromSeconds(1));
            long head;
            await using (var db = hub.NewContext())
                head = (await db.SyncState.AsNoTracking().SingleAsync(ct)).Version;
            var settled = true;
            foreach (var node in nodes)
            {
                var state = await node.Replica.GetSyncStateAsync(ct);
                if (state.PendingCount == 0 && state.Cursor == head)
                    continue;
                settled = false;
                await node.SyncAsync(ct);
            }

            if (settled)
                return;
        }

        var stuck = new List<string>();
        foreach (var node in nodes)
        {
            var state = await node.Replica.GetSyncStateAsync(ct);
            stuck.Add($"{node.NodeId}: pending {state.PendingCount}, cursor {state.Cursor}, lastApplied {state.LastApplied}");
        }

        throw new InvariantViolationException($"the system did not settle after {QuiesceRounds} fault-free rounds:\n  " + string.Join("\n  ", stuck));
    }

    private static async Task<SimulationSummary> CheckInvariantsAsync(int seed, SimHub hub, List<SimNode> nodes, SimNetwork network, CancellationToken ct)
    {
        await using var db = hub.NewContext();
        var entities = await db.Entities.AsNoTracking().Where(e => e.Data != null).ToListAsync(ct);
        var applied = await db.AppliedMutations.AsNoTracking().ToListAsync(ct);
        var state = await db.SyncState.AsNoTracking().SingleAsync(ct);

        // The Hub's log is intact and gap-free.
        var verification = await hub.Engine.VerifyChangeLogAsync(ct);
        Check(verification.IsIntact, $"change log broken at {verification.FirstBrokenVersion}: {verification.Problem}");

        foreach (var node in nodes)
        {
            // Every replica equals the Hub's state for its scopes; nothing pending.
            var visible = entities.Where(e => node.Identity.Scopes.Contains(e.Scope))
                .ToDictionary(e => (e.Type, e.Id), e => e.Data!);
            var local = new Dictionary<(string, string), string>();
            foreach (var type in new[] { TicketEntityTypes.Ticket, TicketEntityTypes.TicketNumber, TicketEntityTypes.Conflict })
            {
                foreach (var e in await node.Replica.QueryAsync(type, null, ct))
                {
                    Check(!e.IsPending, $"{node.NodeId}: {e.Type}/{e.Id} still pending");
                    local[(e.Type, e.Id)] = e.Data.GetRawText();
                }
            }

            Check(visible.Count == local.Count, $"{node.NodeId}: holds {local.Count} entities, the Hub shows it {visible.Count}");
            foreach (var (key, data) in visible)
                Check(local.TryGetValue(key, out var held) && held == data, $"{node.NodeId}: {key} differs from the Hub");

            var sync = await node.Replica.GetSyncStateAsync(ct);
            Check(sync.PendingCount == 0, $"{node.NodeId}: outbox not drained ({sync.PendingCount} left)");
            var outbox = await node.Replica.VerifyOutboxAsync(ct);
            Check(outbox.IsIntact, $"{node.NodeId}: outbox chain broken: {outbox.Problem}");

            // Every committed mutation was applied or refused exactly once, with the same content, without gaps.
            var mine = applied.Where(a => a.NodeId == node.NodeId).OrderBy(a => a.MutationId).ToList();
            Check(mine.Select(a => a.MutationId).SequenceEqual(Enumerable.Range(1, mine.Count).Select(i => (long)i)),
                $"{node.NodeId}: applied mutation ids have gaps or repeats");
            var byId = mine.ToDictionary(a => a.MutationId);
            foreach (var m in node.Committed)
                Check(byId.TryGetValue(m.MutationId, out var a) && a.Hash == m.Hash, $"{node.NodeId}: mutation {m.MutationId} missing at the Hub or altered");
            Check(mine.Count == 0 || mine[^1].MutationId <= node.Committed.Select(m => m.MutationId).DefaultIfEmpty(0).Max(),
                $"{node.NodeId}: the Hub holds mutations the node never committed");

            // HLCs of one node only grow, even across crashes and clocks stepped back.
            for (var i = 1; i < mine.Count; i++)
                Check(mine[i].Hlc > mine[i - 1].Hlc, $"{node.NodeId}: HLC of mutation {mine[i].MutationId} is not above its predecessor");
        }

        // Printed numbers are unique center-wide: no duplicate-number conflict, one ticket per number.
        var tickets = entities.Where(e => e.Type == TicketEntityTypes.Ticket)
            .Select(e => JsonSerializer.Deserialize<TicketEntity>(e.Data!, MutatorJson.Options)!).ToList();
        var printed = nodes.SelectMany(n => n.Printed).ToList();
        Check(printed.Count == printed.Distinct().Count(), "two nodes printed the same number");
        Check(tickets.Count == tickets.Select(t => (t.Day, t.Prefix, t.Number)).Distinct().Count(), "two tickets share a printed number");
        Check(!entities.Any(e => e.Type == TicketEntityTypes.Conflict && e.Id.StartsWith("number:", StringComparison.Ordinal)), "a duplicate-number conflict was recorded");

        // Each ticket is called once, or every colliding call is in a conflict.
        var conflicts = entities.Where(e => e.Type == TicketEntityTypes.Conflict)
            .ToDictionary(e => e.Id, e => JsonSerializer.Deserialize<ConflictEntity>(e.Data!, MutatorJson.Options)!);
        var calls = applied.Where(a => a.Type == TicketMutationTypes.Call && a.Status == MutationStatus.Applied)
            .Select(a => (Payload: JsonSerializer.Deserialize<TicketCounterPayload>(a.Payload, MutatorJson.Options)!, a.NodeId, a.Hlc))
            .GroupBy(c => c.Payload.TicketId);
        foreach (var group in calls)
        {
            var claimants = group.Select(c => (c.NodeId, c.Payload.Counter)).Distinct().ToList();
            var ticket = tickets.Single(t => t.Id == group.Key);
            if (claimants.Count == 1)
            {
                Check(ticket.Call is { } only && only.NodeId == claimants[0].NodeId, $"ticket {group.Key}: its only caller does not hold it");
                continue;
            }

            Check(conflicts.TryGetValue("call:" + group.Key.ToString("D"), out var conflict), $"ticket {group.Key}: {claimants.Count} counters called it but no conflict was recorded");
            var recorded = conflict!.Losers.Append(conflict.Winner!).Select(c => (c.NodeId, c.Counter)).Distinct().ToHashSet();
            Check(claimants.All(recorded.Contains), $"ticket {group.Key}: a colliding call is missing from the conflict");
            Check(ticket.Call == conflict.Winner, $"ticket {group.Key}: the holder is not the conflict's winner");
            if (ticket.Status == TicketStatus.Called)
            {
                var earliest = group.Select(c => new NodeTimestamp(new HybridTimestamp(c.Hlc), c.NodeId)).Min();
                Check(ticket.Call!.NodeId == earliest.NodeId && ticket.Call.Hlc == earliest.Time.Value,
                    $"ticket {group.Key}: the earliest call does not hold it");
            }
        }

        Check(state.Version >= state.RetainedFrom - 1, "retained history is ahead of the head");
        return new SimulationSummary(seed, applied.Count, applied.Count(a => a.Status == MutationStatus.Rejected), conflicts.Count, tickets.Count,
            state.Version, nodes.Sum(n => n.Crashes), hub.Restarts, nodes.Sum(n => n.Resets), network.LostOrDelayed);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
            throw new InvariantViolationException(message);
    }

    private static NodeSeed Seed(string id, params string[] scopes)
    {
        var seed = new NodeSeed { Id = id, Key = "simulation-key-" + id };
        foreach (var scope in scopes)
            seed.Scopes.Add(scope);
        return seed;
    }
}
