using CounterNode.Shared.Errors;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;

namespace CounterNode.Shared.Tests.Queue;

public sealed class TransferAndPauseMutatorTests
{
    private static readonly DateOnly Day = new(2026, 11, 26);
    private long _clock = 1_795_000_000_000;

    private Mutation M(string node, string type, object payload, long? hlcMs = null) =>
        new(node, 1, Guid.CreateVersion7(), type, MutatorJson.ToElement(payload),
            HybridTimestamp.Create(hlcMs ?? ++_clock, 0), "cb01", string.Empty, string.Empty);

    private static TicketEntity Ticket(DictionaryEntitySession s, Guid id) =>
        MutatorJson.ReadState<TicketEntity>(s.Get(TicketEntityTypes.Ticket, id.ToString("D"))!);

    private Guid IssueAndCall(DictionaryEntitySession s, bool authoritative)
    {
        var id = Guid.CreateVersion7();
        MutatorRegistry.Default.Apply(M("kiosk-01", TicketMutationTypes.Issue, new IssueTicketPayload(id, "A", 5, Day, "A")), s, authoritative);
        MutatorRegistry.Default.Apply(M("counter-01", TicketMutationTypes.Call, new TicketCounterPayload(id, 1)), s, authoritative);
        return id;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_holder_transfers_a_called_ticket_and_another_services_counter_can_call_it(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        var id = IssueAndCall(s, authoritative);
        MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "B")), s, authoritative);

        var moved = Ticket(s, id);
        Assert.Equal((TicketStatus.Waiting, "B", "A", 5), (moved.Status, moved.Service, moved.Prefix, moved.Number));
        Assert.Null(moved.Call);

        MutatorRegistry.Default.Apply(M("counter-02", TicketMutationTypes.Call, new TicketCounterPayload(id, 2)), s, authoritative);
        Assert.Equal(2, Ticket(s, id).Call!.Counter);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_the_holder_may_transfer_and_not_to_the_same_service(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        var id = IssueAndCall(s, authoritative);
        Assert.Throws<TicketNotHeldException>(() =>
            MutatorRegistry.Default.Apply(M("counter-02", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 2, "B")), s, authoritative));
        Assert.Throws<TransferTargetUnchangedException>(() =>
            MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "A")), s, authoritative));
        Assert.Throws<InvalidMutationPayloadException>(() =>
            MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "b!")), s, authoritative));
        MutatorRegistry.Default.Apply(M("counter-01", TicketMutationTypes.Finish, new TicketCounterPayload(id, 1)), s, authoritative);
        Assert.Throws<TicketClosedException>(() =>
            MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "B")), s, authoritative));
        Assert.Equal(TicketStatus.Finished, Ticket(s, id).Status);
    }

    [Fact]
    public void A_waiting_ticket_cannot_be_transferred_by_a_counter()
    {
        var s = new DictionaryEntitySession();
        var id = Guid.CreateVersion7();
        MutatorRegistry.Default.Apply(M("kiosk-01", TicketMutationTypes.Issue, new IssueTicketPayload(id, "A", 1, Day)), s, true);
        var ex = Assert.Throws<TicketNotHeldException>(() =>
            MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "B")), s, true));
        Assert.IsAssignableFrom<DomainException>(ex);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Pause_and_resume_are_idempotent_and_the_latest_change_wins(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        CounterStateEntity State() => MutatorJson.ReadState<CounterStateEntity>(s.Get(CounterStateEntity.EntityType, "3")!);

        MutatorRegistry.Default.Apply(M("counter-03", CounterPauseMutator.PauseType, new CounterStatePayload(3), 1000), s, authoritative);
        MutatorRegistry.Default.Apply(M("counter-03", CounterPauseMutator.PauseType, new CounterStatePayload(3), 1500), s, authoritative);
        Assert.Equal((true, 1000L), (State().Paused, new HybridTimestamp(State().Since).PhysicalMilliseconds));

        MutatorRegistry.Default.Apply(M("counter-03", CounterPauseMutator.ResumeType, new CounterStatePayload(3), 3000), s, authoritative);
        // A pause made earlier but delivered late (offline node) does not undo the resume.
        MutatorRegistry.Default.Apply(M("counter-03", CounterPauseMutator.PauseType, new CounterStatePayload(3), 2000), s, authoritative);
        Assert.False(State().Paused);
        Assert.Equal("cb01", State().Officer);
        Assert.Throws<InvalidMutationPayloadException>(() =>
            MutatorRegistry.Default.Apply(M("counter-03", CounterPauseMutator.PauseType, new CounterStatePayload(0)), s, authoritative));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Start_is_for_the_holder_of_a_called_ticket_and_a_transfer_clears_it(bool authoritative)
    {
        var s = new DictionaryEntitySession();
        var id = IssueAndCall(s, authoritative);
        Assert.Throws<TicketNotHeldException>(() =>
            MutatorRegistry.Default.Apply(M("counter-02", StartServiceMutator.MutationType, new TicketCounterPayload(id, 2)), s, authoritative));
        Assert.Null(s.Get(TicketServingEntity.EntityType, id.ToString("D")));

        MutatorRegistry.Default.Apply(M("counter-01", StartServiceMutator.MutationType, new TicketCounterPayload(id, 1), 5000), s, authoritative);
        MutatorRegistry.Default.Apply(M("counter-01", StartServiceMutator.MutationType, new TicketCounterPayload(id, 1), 6000), s, authoritative);
        var started = MutatorJson.ReadState<TicketServingEntity>(s.Get(TicketServingEntity.EntityType, id.ToString("D"))!);
        Assert.Equal((1, 5000L), (started.Counter, new HybridTimestamp(started.StartedAt).PhysicalMilliseconds));

        MutatorRegistry.Default.Apply(M("counter-01", TransferTicketMutator.MutationType, new TransferTicketPayload(id, 1, "B")), s, authoritative);
        Assert.Null(s.Get(TicketServingEntity.EntityType, id.ToString("D")));
        Assert.Throws<TicketNotHeldException>(() =>
            MutatorRegistry.Default.Apply(M("counter-01", StartServiceMutator.MutationType, new TicketCounterPayload(id, 1)), s, authoritative));
    }
}
