using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CounterNode.Shared.Tickets;
using CsCheck;

namespace CounterNode.Shared.Tests.Tickets;

public class TicketTests
{
    private static readonly DateTimeOffset T0 = TicketFixtures.IssuedAt;

    [Fact]
    public void The_happy_path_records_officer_counter_and_time_for_every_step()
    {
        var ticket = TicketFixtures.NewTicket();
        Assert.Equal(TicketState.Waiting, ticket.State);
        Assert.Empty(ticket.History);

        ticket.Call("officer-7", 3, T0.AddMinutes(5));
        ticket.Recall("officer-7", 3, T0.AddMinutes(6));
        ticket.Recall("officer-7", 3, T0.AddMinutes(7));
        ticket.StartServing("officer-7", 3, T0.AddMinutes(8));
        ticket.Complete("officer-7", 3, T0.AddMinutes(20));

        Assert.Equal(TicketState.Done, ticket.State);
        Assert.Equal(2, ticket.RecallCount);
        Assert.Equal(3, ticket.Counter);
        Assert.Equal(
            [
                new TicketTransition(TicketAction.Call, TicketState.Waiting, TicketState.Called, "officer-7", 3, T0.AddMinutes(5)),
                new TicketTransition(TicketAction.Recall, TicketState.Called, TicketState.Called, "officer-7", 3, T0.AddMinutes(6)),
                new TicketTransition(TicketAction.Recall, TicketState.Called, TicketState.Called, "officer-7", 3, T0.AddMinutes(7)),
                new TicketTransition(TicketAction.StartServing, TicketState.Called, TicketState.Serving, "officer-7", 3, T0.AddMinutes(8)),
                new TicketTransition(TicketAction.Complete, TicketState.Serving, TicketState.Done, "officer-7", 3, T0.AddMinutes(20)),
            ],
            ticket.History);
    }

    [Fact]
    public void No_show_after_recalls()
    {
        var ticket = TicketFixtures.NewTicket();
        ticket.Call("o", 1, T0);
        ticket.Recall("o", 1, T0.AddMinutes(1));
        ticket.MarkNoShow("o", 1, T0.AddMinutes(3));
        Assert.Equal(TicketState.NoShow, ticket.State);
        Assert.Equal(1, ticket.RecallCount);
    }

    [Theory]
    [InlineData(TicketState.Waiting)]
    [InlineData(TicketState.Called)]
    [InlineData(TicketState.Serving)]
    public void Transfer_keeps_number_issue_time_and_priority_and_waits_in_the_new_queue(TicketState from)
    {
        var ticket = Ticket.Issue(Guid.CreateVersion7(), new TicketNumber("A", 12), TicketFixtures.Day, T0, PriorityCategory.Pregnant);
        if (from != TicketState.Waiting)
            ticket.Call("o", 1, T0.AddMinutes(1));
        if (from == TicketState.Serving)
            ticket.StartServing("o", 1, T0.AddMinutes(2));

        ticket.Transfer("o", 1, new TransferTarget("C", counter: 3), T0.AddMinutes(10));

        Assert.Equal(TicketState.Waiting, ticket.State);
        Assert.Equal("C", ticket.ServicePrefix);
        Assert.Equal(3, ticket.TargetCounter);
        Assert.Null(ticket.Counter);
        Assert.Equal("A012", ticket.Number.Format());
        Assert.Equal(T0, ticket.IssuedAt);
        Assert.Equal(PriorityCategory.Pregnant, ticket.Priority);
        Assert.True(ticket.IsPriority);
        Assert.Equal(1, ticket.TransferCount);
        var entry = ticket.History[^1];
        Assert.Equal(TicketAction.Transfer, entry.Action);
        Assert.Equal(from, entry.From);
        Assert.Equal(new TransferTarget("C", 3), entry.Target);

        // Called again in the new queue, at the new counter.
        ticket.Call("officer-c", 3, T0.AddMinutes(15));
        Assert.Equal(3, ticket.Counter);
        Assert.Equal(0, ticket.RecallCount);
    }

    [Fact]
    public void Transferring_a_waiting_ticket_to_its_own_queue_is_refused_and_changes_nothing()
    {
        var ticket = TicketFixtures.NewTicket();
        var ex = Assert.Throws<TransferTargetUnchangedException>(() => ticket.Transfer("o", null, new TransferTarget("A"), T0));
        Assert.Equal("A012", ex.TicketNumber);
        Assert.Empty(ticket.History);
        Assert.Equal(0, ticket.TransferCount);

        // A called ticket may be sent back to wait in its own queue (the citizen must fetch a document).
        ticket.Call("o", 1, T0);
        ticket.Transfer("o", 1, new TransferTarget("A"), T0.AddMinutes(1));
        Assert.Equal(TicketState.Waiting, ticket.State);
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_changes()
    {
        var ticket = TicketFixtures.NewTicket();
        Assert.Throws<ArgumentException>(() => ticket.Call(" ", 1, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ticket.Call("o", 0, T0));
        Assert.Throws<ArgumentException>(() => new TransferTarget("a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TransferTarget("B", 0));
        Assert.Equal(TicketState.Waiting, ticket.State);
        Assert.Empty(ticket.History);
        Assert.Throws<ArgumentException>(() => Ticket.Issue(Guid.Empty, new TicketNumber("A", 1), TicketFixtures.Day, T0));
        Assert.Throws<ArgumentException>(() => Ticket.Issue(Guid.CreateVersion7(), default, TicketFixtures.Day, T0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ticket.Issue(Guid.CreateVersion7(), new TicketNumber("A", 1), TicketFixtures.Day, T0, (PriorityCategory)42));
    }

    [Fact]
    public void History_handed_out_is_a_snapshot()
    {
        var ticket = TicketFixtures.NewTicket();
        ticket.Call("o", 1, T0);
        var snapshot = ticket.History;
        ticket.Recall("o", 1, T0.AddMinutes(1));
        Assert.Single(snapshot);
        Assert.Equal(2, ticket.History.Count);
        Assert.False(snapshot is IList<TicketTransition> { IsReadOnly: false });
    }

    [Fact]
    public void Random_action_sequences_keep_the_ticket_consistent_with_the_table()
    {
        // Apply random actions; legal ones must follow the table, illegal ones must throw and
        // change nothing; the history always chains From→To and ends in the current state.
        Gen.Enum<TicketAction>().Array[1, 30].Sample(actions =>
        {
            var ticket = TicketFixtures.NewTicket();
            var at = T0;
            foreach (var action in actions)
            {
                at = at.AddSeconds(30);
                var before = ticket.State;
                var count = ticket.History.Count;
                if (TicketStateMachine.Transitions.TryGetValue((before, action), out var next) &&
                    !(action == TicketAction.Transfer && before == TicketState.Waiting && ticket.ServicePrefix == "B"))
                {
                    TicketFixtures.Do(ticket, action, at);
                    Assert.Equal(next, ticket.State);
                    Assert.Equal(count + 1, ticket.History.Count);
                }
                else
                {
                    Assert.ThrowsAny<DomainException>(() => TicketFixtures.Do(ticket, action, at));
                    Assert.Equal(before, ticket.State);
                    Assert.Equal(count, ticket.History.Count);
                }
            }

            var state = TicketState.Waiting;
            foreach (var entry in ticket.History)
            {
                Assert.Equal(state, entry.From);
                state = entry.To;
            }

            Assert.Equal(ticket.State, state);
        });
    }

    [Fact]
    public void ToString_shows_number_day_and_state_only()
    {
        var ticket = TicketFixtures.NewTicket(PriorityCategory.Veteran);
        Assert.Equal("Ticket A012 (2026-11-26) Waiting", ticket.ToString());
    }

    [Theory]
    [InlineData(PriorityCategory.Elderly, "Người cao tuổi")]
    [InlineData(PriorityCategory.Disabled, "Người khuyết tật")]
    [InlineData(PriorityCategory.Pregnant, "Phụ nữ mang thai")]
    [InlineData(PriorityCategory.Veteran, "Người có công với cách mạng")]
    public void Priority_categories_match_the_center_configuration(PriorityCategory category, string name)
    {
        Assert.Equal(name, PriorityCategoryNames.Vietnamese(category));
        Assert.True(PriorityCategoryNames.TryParse(name.Normalize(System.Text.NormalizationForm.FormD), out var parsed));
        Assert.Equal(category, parsed);
        Assert.False(PriorityCategoryNames.TryParse("Người trẻ", out _));
    }
}
