using System.Text.Json;
using CounterNode.Shared.Hall;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Hall;

public sealed class HallRecallMutatorTests
{
    private const long T0 = 1_795_000_000_000;
    private static readonly Guid TicketId = Guid.CreateVersion7();

    [Fact]
    public void Only_the_holder_of_a_called_ticket_can_recall_it_and_each_recall_counts()
    {
        var store = new Dictionary<(string, string), SessionEntity>();
        Run(store, new IssueTicketMutator(), "kiosk-01", T0, new IssueTicketPayload(TicketId, "A", 7, new DateOnly(2026, 11, 26)));
        Assert.Throws<TicketNotHeldException>(() => Run(store, new HallRecallMutator(), "counter-01", T0 + 1, new TicketCounterPayload(TicketId, 1)));
        Run(store, new CallTicketMutator(), "counter-01", T0 + 2, new TicketCounterPayload(TicketId, 1));

        Assert.Throws<TicketNotHeldException>(() => Run(store, new HallRecallMutator(), "counter-02", T0 + 3, new TicketCounterPayload(TicketId, 2)));
        Run(store, new HallRecallMutator(), "counter-01", T0 + 4, new TicketCounterPayload(TicketId, 1));
        Run(store, new HallRecallMutator(), "counter-01", T0 + 5, new TicketCounterPayload(TicketId, 1));
        Run(store, new HallRecallMutator(), "counter-01", T0 + 1, new TicketCounterPayload(TicketId, 1)); // a stale replay: ignored

        var recall = JsonSerializer.Deserialize<HallRecallEntity>(store[(HallRecallEntity.EntityType, TicketId.ToString("D"))].Data, MutatorJson.Options)!;
        Assert.Equal(("A007", 1, "counter-01", 2), (recall.Ticket, recall.Counter, recall.NodeId, recall.Count));
        Assert.Equal(HybridTimestamp.Create(T0 + 5, 0).Value, recall.At);

        Run(store, new FinishTicketMutator(), "counter-01", T0 + 6, new TicketCounterPayload(TicketId, 1));
        Assert.Throws<TicketClosedException>(() => Run(store, new HallRecallMutator(), "counter-01", T0 + 7, new TicketCounterPayload(TicketId, 1)));
    }

    private static void Run<T>(Dictionary<(string, string), SessionEntity> store, IMutator mutator, string node, long ms, T payload)
    {
        var session = new BufferedEntitySession((t, i) => store.GetValueOrDefault((t, i)));
        mutator.Apply(new MutationContext(node, 1, Guid.CreateVersion7(), HybridTimestamp.Create(ms, 0), null, true), MutatorJson.ToElement(payload), session);
        foreach (var w in session.Writes)
        {
            if (w.Data is { } data)
                store[(w.Type, w.Id)] = new SessionEntity(w.Type, w.Id, w.Scope, data);
            else
                store.Remove((w.Type, w.Id));
        }
    }
}
