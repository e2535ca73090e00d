using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Queue;

public sealed class MarkTicketPriorityMutatorTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private long _nextId;

    private Mutation M(string type, object payload) =>
        new("kiosk-01", ++_nextId, Guid.CreateVersion7(), type, MutatorJson.ToElement(payload),
            HybridTimestamp.Create(1_795_000_000_000 + _nextId, 0), null, string.Empty, string.Empty);

    private Guid Issue(DictionaryEntitySession s, bool authoritative)
    {
        var id = Guid.CreateVersion7();
        MutatorRegistry.Default.Apply(M(TicketMutationTypes.Issue, new IssueTicketPayload(id, "A", 1, Day)), s, authoritative);
        return id;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Marks_a_waiting_ticket_on_hub_and_node_alike(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        var id = Issue(s, authoritative);
        MutatorRegistry.Default.Apply(M(MarkTicketPriorityMutator.MutationType, new TicketPriorityPayload(id, PriorityCategory.Pregnant)), s, authoritative);

        var entity = s.Get(TicketPriorityEntity.EntityType, id.ToString("D"));
        Assert.NotNull(entity);
        Assert.Equal(PriorityCategory.Pregnant, MutatorJson.ReadState<TicketPriorityEntity>(entity).Category);
        Assert.Equal("center", entity.Scope);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_called_ticket_cannot_become_priority(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        var id = Issue(s, authoritative);
        MutatorRegistry.Default.Apply(M(TicketMutationTypes.Call, new TicketCounterPayload(id, 1)), s, authoritative);

        var ex = Assert.Throws<TicketNotWaitingException>(() =>
            MutatorRegistry.Default.Apply(M(MarkTicketPriorityMutator.MutationType, new TicketPriorityPayload(id, PriorityCategory.Elderly)), s, authoritative));
        Assert.Equal("ticket.not-waiting", ex.Code);
        Assert.Null(s.Get(TicketPriorityEntity.EntityType, id.ToString("D")));
    }

    [Fact]
    public void An_unknown_ticket_or_category_is_refused()
    {
        var s = new DictionaryEntitySession();
        Assert.Throws<TicketNotFoundException>(() =>
            MutatorRegistry.Default.Apply(M(MarkTicketPriorityMutator.MutationType, new TicketPriorityPayload(Guid.CreateVersion7(), PriorityCategory.Elderly)), s, true));
        var id = Issue(s, true);
        var bad = Assert.Throws<InvalidMutationPayloadException>(() =>
            MutatorRegistry.Default.Apply(M(MarkTicketPriorityMutator.MutationType, new { ticketId = id, category = "royalty" }), s, true));
        Assert.IsAssignableFrom<DomainException>(bad);
        Assert.Null(s.Get(TicketPriorityEntity.EntityType, id.ToString("D")));
    }

    [Fact]
    public void The_registry_handles_the_new_type()
    {
        Assert.True(MutatorRegistry.Default.Handles(MarkTicketPriorityMutator.MutationType));
    }
}
