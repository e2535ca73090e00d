using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>Builds a node's hash-chained outbox entries the way a node does.</summary>
public sealed class OutboxBuilder(string nodeId, TimeProvider time)
{
    private readonly HybridLogicalClock _clock = new(time, new InMemoryHybridClockStateStore());
    private long _next = 1;
    private string _previousHash = string.Empty;

    public string NodeId => nodeId;

    public static DateOnly Day { get; } = new(2026, 11, 26);

    public Mutation Add<T>(string type, T payload, HybridTimestamp? hlc = null)
    {
        var json = MutatorJson.ToElement(payload);
        var at = hlc ?? _clock.Now();
        var id = Guid.CreateVersion7();
        var hash = MutationHasher.Compute(_previousHash, nodeId, _next, id, type, json.GetRawText(), at, "officer-1");
        var mutation = new Mutation(nodeId, _next, id, type, json, at, "officer-1", _previousHash, hash);
        _next++;
        _previousHash = hash;
        return mutation;
    }

    public Mutation Issue(Guid ticket, int number, string prefix = "A", string? scope = null) =>
        Add(TicketMutationTypes.Issue, new IssueTicketPayload(ticket, prefix, number, Day, "TP", scope));

    public Mutation Call(Guid ticket, int counter, HybridTimestamp? hlc = null) =>
        Add(TicketMutationTypes.Call, new TicketCounterPayload(ticket, counter), hlc);

    public Mutation Finish(Guid ticket, int counter) => Add(TicketMutationTypes.Finish, new TicketCounterPayload(ticket, counter));

    public PushRequest Push(params Mutation[] mutations) => new(SyncProtocol.Version, nodeId, mutations);
}
