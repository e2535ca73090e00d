using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CsCheck;

namespace CounterNode.Node.Tests.Sync;

/// <summary>
/// Random schedules of three nodes issuing, calling and finishing tickets while the Hub comes
/// and goes: once everyone syncs with the Hub up, every replica equals the Hub's state, no
/// outbox entry is left, and the Hub applied each node's mutations 1..n exactly once.
/// </summary>
public sealed class ConvergenceTests
{
    private static readonly string[] Nodes = ["counter-01", "counter-02", "counter-03"];
    private static readonly string[] Types = [TicketEntityTypes.Ticket, TicketEntityTypes.TicketNumber, TicketEntityTypes.Conflict];

    [Fact]
    public void Replicas_converge_to_the_hub_after_any_schedule()
    {
        var step = Gen.Select(Gen.Int[0, Nodes.Length - 1], Gen.Int[0, 5]);
        step.Array[1, 40].Sample(schedule => RunAsync(schedule).GetAwaiter().GetResult(), iter: 25, threads: 1);
    }

    private static async Task<bool> RunAsync((int Node, int Action)[] schedule)
    {
        using var replicas = new TestReplicas();
        var hub = new InMemoryHub();
        var nodes = Nodes.Select(id => replicas.Open(id)).ToArray();
        var engines = nodes.Select(n => new SyncEngine(n, hub.For(n.NodeId), new SyncEngineSettings(PushBatchSize: 3, PullLimit: 4))).ToArray();
        var number = 0;
        try
        {
            foreach (var (index, action) in schedule)
            {
                var node = nodes[index];
                replicas.Time.Advance(TimeSpan.FromMilliseconds(7));
                switch (action)
                {
                    case 0:
                        await node.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), ++number), null, CancellationToken.None);
                        break;
                    case 1:
                        await Act(node, TicketMutationTypes.Call, "waiting", index + 1);
                        break;
                    case 2:
                        await Act(node, TicketMutationTypes.Finish, "called", index + 1);
                        break;
                    case 3:
                        hub.Online = !hub.Online;
                        break;
                    default:
                        try
                        {
                            await engines[index].SyncOnceAsync(CancellationToken.None);
                        }
                        catch (HubUnreachableException)
                        {
                            // Offline: try later.
                        }

                        break;
                }
            }

            hub.Online = true;
            foreach (var engine in engines)
                await engine.SyncOnceAsync(CancellationToken.None);
            foreach (var engine in engines)
                await engine.SyncOnceAsync(CancellationToken.None);

            var expected = hub.LiveEntities().Select(e => $"{e.EntityType}/{e.EntityId}={e.Data!.Value.GetRawText()}").Order().ToList();
            foreach (var node in nodes)
            {
                var state = await node.GetSyncStateAsync(CancellationToken.None);
                var applied = hub.Applied.Where(m => m.NodeId == node.NodeId).Select(m => m.MutationId).ToList();
                var rejected = state.LastMutationId - applied.Count;
                if (state.PendingCount != 0 || state.LastApplied != state.LastMutationId || applied.Distinct().Count() != applied.Count || rejected < 0)
                    return false;
                var actual = new List<string>();
                foreach (var type in Types)
                {
                    foreach (var e in await node.QueryAsync(type, null, CancellationToken.None))
                    {
                        if (e.IsPending)
                            return false;
                        actual.Add($"{e.Type}/{e.Id}={e.Data.GetRawText()}");
                    }
                }

                if (!actual.Order().SequenceEqual(expected))
                    return false;
                if (!(await node.VerifyOutboxAsync(CancellationToken.None)).IsIntact)
                    return false;
            }

            return true;
        }
        finally
        {
            foreach (var engine in engines)
                engine.Dispose();
            foreach (var node in nodes)
                node.Dispose();
        }
    }

    private static async Task Act(NodeReplica node, string type, string status, int counter)
    {
        var candidates = await node.QueryAsync(TicketEntityTypes.Ticket, e => e.Data.GetProperty("status").GetString() == status, CancellationToken.None);
        if (candidates.Count == 0)
            return;
        try
        {
            await node.MutateAsync(type, TestReplicas.Call(Guid.Parse(candidates[0].Id), counter), null, CancellationToken.None);
        }
        catch (DomainException)
        {
            // The local rules refuse it (e.g. finishing a ticket another counter holds): nothing recorded.
        }
    }
}
