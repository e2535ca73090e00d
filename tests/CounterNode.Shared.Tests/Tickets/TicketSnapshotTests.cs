using CounterNode.Shared.Errors;
using CounterNode.Shared.Tickets;
using CsCheck;

namespace CounterNode.Shared.Tests.Tickets;

public class TicketSnapshotTests
{
    private static readonly DateTimeOffset T0 = TicketFixtures.IssuedAt;

    [Fact]
    public void Any_ticket_restores_to_an_identical_ticket() =>
        Gen.Enum<TicketAction>().Array[0, 25].Sample(actions =>
        {
            var ticket = TicketFixtures.NewTicket(PriorityCategory.Elderly);
            var at = T0;
            var counter = 1;
            foreach (var action in actions)
            {
                at = at.AddMinutes(1);
                counter = counter % 4 + 1;
                try
                {
                    if (action == TicketAction.Transfer)
                        ticket.Transfer("o", counter, new TransferTarget(counter % 2 == 0 ? "B" : "C", counter), at);
                    else
                        TicketFixtures.Do(ticket, action, at, counter: counter);
                }
                catch (DomainException)
                {
                    // Refused actions are not part of the history; keep going.
                }
            }

            var restored = Ticket.Restore(ticket.ToSnapshot());
            Assert.Equal(ticket.State, restored.State);
            Assert.Equal(ticket.ServicePrefix, restored.ServicePrefix);
            Assert.Equal(ticket.TargetCounter, restored.TargetCounter);
            Assert.Equal(ticket.Counter, restored.Counter);
            Assert.Equal(ticket.RecallCount, restored.RecallCount);
            Assert.Equal(ticket.TransferCount, restored.TransferCount);
            Assert.Equal(ticket.Priority, restored.Priority);
            Assert.Equal(ticket.IssuedAt, restored.IssuedAt);
            Assert.Equal(ticket.History, restored.History);
        });

    [Fact]
    public void A_history_that_does_not_chain_or_breaks_the_rules_is_refused()
    {
        var ticket = TicketFixtures.InState(TicketState.Done);
        var good = ticket.ToSnapshot();
        var h = good.History;

        AssertRefused(good with { History = [h[0], h[2]] });                                   // Serving step removed
        AssertRefused(good with { History = [h[0], h[1], h[2] with { To = TicketState.NoShow }] }); // end state forged
        AssertRefused(good with { History = [h[0] with { Action = TicketAction.Complete }, h[1], h[2]] }); // illegal action
        AssertRefused(good with { History = [h[0] with { Counter = null }, h[1], h[2]] });      // counter missing
        AssertRefused(good with { History = [h[0] with { OfficerId = " " }, h[1], h[2]] });    // officer missing
        AssertRefused(good with { History = [.. h, h[2]] });                                    // completed twice
        AssertRefused(good with
        {
            History = [new TicketTransition(TicketAction.Transfer, TicketState.Waiting, TicketState.Waiting, "o", null, T0, null)],
        });
    }

    private static void AssertRefused(TicketSnapshot snapshot)
    {
        var ex = Assert.Throws<InvalidSnapshotException>(() => Ticket.Restore(snapshot));
        Assert.Equal("ticket.invalid-snapshot", ex.Code);
        Assert.Equal("A012", ex.EntityId);
    }
}
