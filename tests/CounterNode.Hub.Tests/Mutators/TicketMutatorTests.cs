using System.Text.Json;
using CounterNode.Hub.Tests.Infrastructure;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using CsCheck;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Mutators;

public sealed class TicketMutatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));

    private static TicketEntity Ticket(InMemoryEntitySession s, Guid id) =>
        MutatorJson.ReadState<TicketEntity>(s.Get(TicketEntityTypes.Ticket, id.ToString("D"))!);

    private static ConflictEntity? Conflict(InMemoryEntitySession s, string id) =>
        s.Get(TicketEntityTypes.Conflict, id) is { } e ? MutatorJson.ReadState<ConflictEntity>(e) : null;

    [Fact]
    public void Issue_creates_a_waiting_ticket_and_indexes_its_number()
    {
        var s = new InMemoryEntitySession();
        var kiosk = new OutboxBuilder("kiosk", _time);
        var id = Guid.NewGuid();
        s.Apply(kiosk.Issue(id, 7));

        var ticket = Ticket(s, id);
        Assert.Equal((TicketStatus.Waiting, "A", 7, "kiosk", false), (ticket.Status, ticket.Prefix, ticket.Number, ticket.IssuedBy, ticket.DuplicateNumber));
        Assert.NotNull(s.Get(TicketEntityTypes.TicketNumber, TicketNumberIndex.Key(OutboxBuilder.Day, "A", 7)));
        Assert.Null(s.Get(TicketEntityTypes.Conflict, "number:" + TicketNumberIndex.Key(OutboxBuilder.Day, "A", 7)));
    }

    [Fact]
    public void A_number_printed_twice_is_accepted_and_recorded_as_a_conflict()
    {
        var s = new InMemoryEntitySession();
        var a = new OutboxBuilder("kiosk-a", _time);
        var b = new OutboxBuilder("kiosk-b", _time);
        Guid first = Guid.NewGuid(), second = Guid.NewGuid();
        s.Apply(a.Issue(first, 12));
        s.Apply(b.Issue(second, 12));

        Assert.True(Ticket(s, first).DuplicateNumber);
        Assert.True(Ticket(s, second).DuplicateNumber);
        var conflict = Conflict(s, "number:" + TicketNumberIndex.Key(OutboxBuilder.Day, "A", 12));
        Assert.NotNull(conflict);
        Assert.Equal(ConflictKind.DuplicateNumber, conflict.Kind);
        Assert.Equal(new[] { first, second }.Order(), conflict.Tickets);
    }

    [Fact]
    public void The_earliest_of_two_calls_holds_the_ticket_even_when_it_arrives_last()
    {
        var s = new InMemoryEntitySession();
        var kiosk = new OutboxBuilder("kiosk", _time);
        var c1 = new OutboxBuilder("counter-1", _time);
        var c2 = new OutboxBuilder("counter-2", _time);
        var id = Guid.NewGuid();
        s.Apply(kiosk.Issue(id, 1));
        var early = HybridTimestamp.Create(1_000_000, 0);
        var late = HybridTimestamp.Create(1_000_500, 0);
        s.Apply(c2.Call(id, 2, late));
        s.Apply(c1.Call(id, 1, early));

        var ticket = Ticket(s, id);
        Assert.Equal(1, ticket.Call!.Counter);
        var conflict = Conflict(s, "call:" + id.ToString("D"))!;
        Assert.Equal(ConflictKind.ConcurrentCall, conflict.Kind);
        Assert.Equal(1, conflict.Winner!.Counter);
        Assert.Equal(2, Assert.Single(conflict.Losers).Counter);
    }

    [Fact]
    public void Equal_hybrid_times_are_ordered_by_node_id()
    {
        var s = new InMemoryEntitySession();
        var id = Guid.NewGuid();
        s.Apply(new OutboxBuilder("kiosk", _time).Issue(id, 1));
        var same = HybridTimestamp.Create(2_000_000, 3);
        s.Apply(new OutboxBuilder("node-b", _time).Call(id, 2, same));
        s.Apply(new OutboxBuilder("node-a", _time).Call(id, 1, same));

        Assert.Equal("node-a", Ticket(s, id).Call!.NodeId);
    }

    [Fact]
    public void Colliding_calls_end_in_the_same_state_whatever_order_they_arrive_in()
    {
        Gen.Select(Gen.Long[1_000, 1_020].Array[2, 6], Gen.Int).Sample(t =>
        {
            var (physical, shuffleSeed) = t;
            var id = new Guid("0193a0a0-0000-7000-8000-000000000001");
            var issue = new OutboxBuilder("kiosk", _time).Issue(id, 1);
            var calls = physical.Select((p, i) => new OutboxBuilder($"counter-{i + 1}", _time)
                .Call(id, i + 1, HybridTimestamp.Create(p, 0))).ToArray();

            var ordered = new InMemoryEntitySession();
            ordered.Apply(issue);
            foreach (var call in calls)
                ordered.Apply(call);

            var shuffled = new InMemoryEntitySession();
            shuffled.Apply(issue);
            var copy = calls.ToArray();
            new Random(shuffleSeed).Shuffle(copy);
            foreach (var call in copy)
                shuffled.Apply(call);

            Assert.Equal(ordered.Snapshot(), shuffled.Snapshot());
            var expected = calls.Select(c => new NodeTimestamp(c.Hlc, c.NodeId)).Min();
            Assert.Equal(expected.NodeId, Ticket(shuffled, id).Call!.NodeId);
            Assert.Equal(calls.Length - 1, Conflict(shuffled, "call:" + id.ToString("D"))!.Losers.Count);
        });
    }

    [Fact]
    public void A_late_call_after_the_holder_finished_is_recorded_but_does_not_take_the_ticket()
    {
        var s = new InMemoryEntitySession();
        var id = Guid.NewGuid();
        var c1 = new OutboxBuilder("counter-1", _time);
        s.Apply(new OutboxBuilder("kiosk", _time).Issue(id, 1));
        s.Apply(c1.Call(id, 1, HybridTimestamp.Create(5_000, 0)));
        s.Apply(c1.Finish(id, 1));
        s.Apply(new OutboxBuilder("counter-2", _time).Call(id, 2, HybridTimestamp.Create(4_000, 0)));

        var ticket = Ticket(s, id);
        Assert.Equal((TicketStatus.Finished, 1), (ticket.Status, ticket.Call!.Counter));
        Assert.Equal(2, Assert.Single(Conflict(s, "call:" + id.ToString("D"))!.Losers).Counter);
    }

    [Fact]
    public void Only_the_holder_may_finish_a_ticket()
    {
        var s = new InMemoryEntitySession();
        var id = Guid.NewGuid();
        s.Apply(new OutboxBuilder("kiosk", _time).Issue(id, 1));
        s.Apply(new OutboxBuilder("counter-1", _time).Call(id, 1));
        var before = s.Snapshot();

        var ex = Assert.Throws<TicketNotHeldException>(() => s.Apply(new OutboxBuilder("counter-2", _time).Finish(id, 2)));
        Assert.Equal("ticket.not-held", ex.Code);
        Assert.Equal(1, ex.Holder);
        Assert.Equal(before, s.Snapshot());
    }

    [Fact]
    public void Calling_an_unknown_ticket_is_refused()
    {
        var s = new InMemoryEntitySession();
        Assert.Throws<TicketNotFoundException>(() => s.Apply(new OutboxBuilder("counter-1", _time).Call(Guid.NewGuid(), 1)));
        Assert.Empty(s.All);
    }

    [Fact]
    public void An_unknown_mutation_type_is_refused_with_its_code()
    {
        var s = new InMemoryEntitySession();
        var mutation = new OutboxBuilder("counter-1", _time).Add("dossier.teleport", new { x = 1 });
        var ex = Assert.Throws<UnknownMutationTypeException>(() => s.Apply(mutation));
        Assert.Equal(UnknownMutationTypeException.ErrorCode, ex.Code);
        Assert.Contains("dossier.teleport", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"ticketId":"00000000-0000-0000-0000-000000000000","prefix":"A","number":1,"day":"2026-11-26"}""")]
    [InlineData("""{"ticketId":"0193a0a0-0000-7000-8000-000000000001","prefix":"a1","number":1,"day":"2026-11-26"}""")]
    [InlineData("""{"ticketId":"0193a0a0-0000-7000-8000-000000000001","prefix":"A","number":0,"day":"2026-11-26"}""")]
    [InlineData("""{"ticketId":"0193a0a0-0000-7000-8000-000000000001","prefix":"A","number":1}""")]
    [InlineData("""{"ticketId":"0193a0a0-0000-7000-8000-000000000001","prefix":"A","number":1,"day":"2026-11-26","scope":"everyone"}""")]
    [InlineData("""[1,2,3]""")]
    public void A_malformed_issue_payload_is_refused_and_writes_nothing(string payload)
    {
        var s = new InMemoryEntitySession();
        using var doc = JsonDocument.Parse(payload);
        var mutation = new OutboxBuilder("kiosk", _time).Add(TicketMutationTypes.Issue, doc.RootElement.Clone());
        var ex = Assert.Throws<InvalidMutationPayloadException>(() => s.Apply(mutation));
        Assert.Equal(InvalidMutationPayloadException.ErrorCode, ex.Code);
        Assert.Empty(s.All);
    }

    [Fact]
    public void Issuing_the_same_ticket_id_twice_is_refused()
    {
        var s = new InMemoryEntitySession();
        var kiosk = new OutboxBuilder("kiosk", _time);
        var id = Guid.NewGuid();
        s.Apply(kiosk.Issue(id, 1));
        Assert.Throws<TicketAlreadyExistsException>(() => s.Apply(kiosk.Issue(id, 2)));
        Assert.Equal(1, Ticket(s, id).Number);
    }

    [Fact]
    public void Registry_refuses_two_mutators_for_one_type()
    {
        Assert.Throws<ArgumentException>(() => new MutatorRegistry([new IssueTicketMutator(), new IssueTicketMutator()]));
        Assert.Contains(TicketMutationTypes.NoShow, MutatorRegistry.Default.Types);
    }

    [Fact]
    public void Payloads_use_the_sync_wire_format()
    {
        var json = JsonSerializer.Serialize(new OutboxBuilder("n", _time).Issue(Guid.Empty, 3), SyncJson.Options);
        Assert.Contains("\"type\":\"ticket.issue\"", json, StringComparison.Ordinal);
        Assert.Matches("\"hlc\":[0-9]+", json);
    }
}
