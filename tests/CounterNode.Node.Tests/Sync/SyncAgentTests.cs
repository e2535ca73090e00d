using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using CounterNode.Node.Tests.Catalogue;
using CounterNode.Node.Tests.Storage;
using CounterNode.Shared.Sync.Mutators.Tickets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Sync;

/// <summary>
/// The hosted agent on a fake clock: it pulls when its timer fires and pushes as soon as a
/// local mutation is committed. Its poke connection points at a closed port (the agent must
/// not depend on it).
/// </summary>
public sealed class SyncAgentTests : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly TestReplicas _replicas = new();
    private RecordingLogger<SyncAgent>? _agentLog;

    [Fact]
    public async Task It_pulls_on_its_timer_and_pushes_on_local_mutations()
    {
        await using var rig = NewRig();
        var (hub, replica, other, otherEngine, agent) = (rig.Hub, rig.Replica, rig.Other, rig.OtherEngine, rig.Agent);

        await agent.StartAsync(CancellationToken.None);
        // The first round ends (bootstrap, push, pull) before the other node commits: a commit
        // made while that round still pulls would arrive without the timer.
        await Eventually(() => Task.FromResult(agent.SuccessfulRounds == 1), advance: false);
        Assert.True((await replica.GetSyncStateAsync(CancellationToken.None)).Bootstrapped);

        // Another node's ticket reaches the Hub; only the timer can bring it here.
        var theirs = Guid.NewGuid();
        await other.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(theirs, 1), null, CancellationToken.None);
        await otherEngine.SyncOnceAsync(CancellationToken.None);
        await Eventually(async () => await replica.GetAsync(TicketEntityTypes.Ticket, theirs.ToString("D"), CancellationToken.None) is not null, advance: true);

        // A local mutation is pushed without any time passing.
        var mine = Guid.NewGuid();
        await replica.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(mine, 2), null, CancellationToken.None);
        await Eventually(() => Task.FromResult(hub.Applied.Any(m => m.NodeId == "counter-01")), advance: false);

        // Bootstrap, the timer's pull and the mutation's push were separate rounds.
        await Eventually(() => Task.FromResult(agent.SuccessfulRounds >= 3), advance: false);
        await agent.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_poke_of_a_version_it_already_holds_costs_no_round_and_a_newer_one_pulls()
    {
        await using var rig = NewRig();
        var (hub, replica, other, otherEngine, trigger, agent) = (rig.Hub, rig.Replica, rig.Other, rig.OtherEngine, rig.Trigger, rig.Agent);

        // A commit exists before the node starts: its first round brings the replica to it.
        await other.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None);
        await otherEngine.SyncOnceAsync(CancellationToken.None);
        await agent.StartAsync(CancellationToken.None);
        await Eventually(() => Task.FromResult(agent.SuccessfulRounds >= 1), advance: false);
        var held = (await replica.GetSyncStateAsync(CancellationToken.None)).Cursor;
        Assert.Equal(hub.Version, held);
        var pulls = hub.Pulls;

        // The poke of that commit arrives late (as the pushing node's own poke does): no round.
        trigger.RequestPull(held);
        await Eventually(() => Task.FromResult(agent.SkippedRequests == 1), advance: false);
        Assert.Equal(1, agent.SuccessfulRounds);
        Assert.Equal(pulls, hub.Pulls);

        // A newer commit's poke pulls it.
        var theirs = Guid.NewGuid();
        await other.MutateAsync(TicketMutationTypes.Issue, TestReplicas.Issue(theirs, 2), null, CancellationToken.None);
        await otherEngine.SyncOnceAsync(CancellationToken.None);
        trigger.RequestPull(hub.Version);
        // The ticket is stored inside the round, before the round counts: wait for the count.
        await Eventually(() => Task.FromResult(agent.SuccessfulRounds == 2), advance: false);
        Assert.NotNull(await replica.GetAsync(TicketEntityTypes.Ticket, theirs.ToString("D"), CancellationToken.None));

        // Skipped requests do not push the timer back: it still fires one interval after the last round.
        trigger.RequestPull(hub.Version);
        await Eventually(() => Task.FromResult(agent.SkippedRequests == 2), advance: false);
        _replicas.Time.Advance(Interval);
        await Eventually(() => Task.FromResult(agent.SuccessfulRounds == 3), advance: false);
        await agent.StopAsync(CancellationToken.None);
    }

    // Node counter-01 with its agent, and kiosk-01 (no agent) to put other nodes' commits on the Hub.
    // The agent's poke connection points at a closed port: nothing but the test pokes it.
    private sealed class Rig : IAsyncDisposable
    {
        public Rig(TestReplicas replicas)
        {
            Replica = replicas.Open();
            Other = replicas.Open("kiosk-01");
            Engine = new SyncEngine(Replica, Hub.For("counter-01"));
            OtherEngine = new SyncEngine(Other, Hub.For("kiosk-01"));
            var pokes = new PokeListener(new Uri("http://127.0.0.1:1"), new HubCredentials("counter-01", "k"), Trigger,
                new UnlimitedRetryPolicy(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)), replicas.Time, NullLogger<PokeListener>.Instance);
            Agent = new SyncAgent(Engine, pokes, Trigger, Options.Create(new NodeSyncOptions { Key = "k", PullInterval = Interval }),
                replicas.Time, Log);
        }

        public InMemoryHub Hub { get; } = new();

        /// <summary>What the agent logged (a failed round is only visible here).</summary>
        public RecordingLogger<SyncAgent> Log { get; } = new();

        public NodeReplica Replica { get; }

        public NodeReplica Other { get; }

        public SyncEngine Engine { get; }

        public SyncEngine OtherEngine { get; }

        public SyncTrigger Trigger { get; } = new();

        public SyncAgent Agent { get; }

        public async ValueTask DisposeAsync()
        {
            Agent.Dispose();
            Engine.Dispose();
            OtherEngine.Dispose();
            await Replica.DisposeAsync();
            await Other.DisposeAsync();
        }
    }

    private Rig NewRig()
    {
        var rig = new Rig(_replicas);
        _agentLog = rig.Log;
        return rig;
    }

    private async Task Eventually(Func<Task<bool>> condition, bool advance)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not reached; the agent logged: " + string.Join(" | ", _agentLog?.Lines ?? []));
            if (advance)
                _replicas.Time.Advance(Interval);
            await Task.Delay(10);
        }
    }

    public void Dispose() => _replicas.Dispose();
}
