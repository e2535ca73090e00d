using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>Builds a node's hash-chained outbox entries for the Hub's HTTP tests.</summary>
public sealed class HubTestOutbox(string nodeId)
{
    private readonly HybridLogicalClock _clock = new(TimeProvider.System, new InMemoryHybridClockStateStore());
    private long _next = 1;
    private string _previousHash = string.Empty;

    public string NodeId => nodeId;

    public static DateOnly Day { get; } = new(2026, 11, 26);

    /// <summary>Builds the next entry without consuming it unless <paramref name="commit"/>.</summary>
    public Mutation Next<T>(string type, T payload, HybridTimestamp? hlc = null, bool commit = true)
    {
        var json = MutatorJson.ToElement(payload);
        var at = hlc ?? _clock.Now();
        var id = Guid.CreateVersion7();
        var hash = MutationHasher.Compute(_previousHash, nodeId, _next, id, type, json.GetRawText(), at, null);
        var mutation = new Mutation(nodeId, _next, id, type, json, at, null, _previousHash, hash);
        if (commit)
        {
            _next++;
            _previousHash = hash;
        }

        return mutation;
    }

    public Mutation Issue(int number, bool commit = true) =>
        Next(TicketMutationTypes.Issue, new IssueTicketPayload(Guid.NewGuid(), "A", number, Day), commit: commit);

    public PushRequest Push(params Mutation[] mutations) => new(SyncProtocol.Version, nodeId, mutations);
}
