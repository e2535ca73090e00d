using CounterNode.Shared.Errors;
using CounterNode.Shared.Tickets;

namespace CounterNode.Shared.Tests.Tickets;

public class TicketStateMachineTests
{
    public static TheoryData<TicketState, TicketAction> AllPairs()
    {
        var data = new TheoryData<TicketState, TicketAction>();
        foreach (var state in Enum.GetValues<TicketState>())
        {
            foreach (var action in Enum.GetValues<TicketAction>())
                data.Add(state, action);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_does_exactly_what_the_table_says(TicketState state, TicketAction action)
    {
        var ticket = TicketFixtures.InState(state);
        var historyBefore = ticket.History.Count;
        var at = TicketFixtures.IssuedAt.AddHours(1);

        if (TicketStateMachine.Transitions.TryGetValue((state, action), out var expected))
        {
            Assert.True(ticket.CanApply(action));
            TicketFixtures.Do(ticket, action, at);
            Assert.Equal(expected, ticket.State);
            var entry = ticket.History[^1];
            Assert.Equal(historyBefore + 1, ticket.History.Count);
            Assert.Equal(new TicketTransition(action, state, expected, "officer-2", 2, at, entry.Target), entry);
        }
        else
        {
            Assert.False(ticket.CanApply(action));
            var ex = Assert.Throws<IllegalTransitionException>(() => TicketFixtures.Do(ticket, action, at));
            Assert.Equal("Ticket", ex.EntityKind);
            Assert.Equal("A012", ex.EntityId);
            Assert.Equal(state.ToString(), ex.CurrentState);
            Assert.Equal(action.ToString(), ex.AttemptedAction);
            Assert.Equal("ticket.illegal-transition", ex.Code);
            Assert.StartsWith($"Ticket A012 is {state}; it cannot be ", ex.Message, StringComparison.Ordinal);
            Assert.StartsWith("Số thứ tự A012 đang ở trạng thái ", ex.DisplayMessage, StringComparison.Ordinal);
            // A refused action changes nothing.
            Assert.Equal(state, ticket.State);
            Assert.Equal(historyBefore, ticket.History.Count);
        }
    }

    [Fact]
    public void The_table_has_the_documented_shape()
    {
        Assert.Equal(10, TicketStateMachine.Transitions.Count);
        Assert.True(TicketStateMachine.IsTerminal(TicketState.Done));
        Assert.True(TicketStateMachine.IsTerminal(TicketState.NoShow));
        Assert.True(TicketStateMachine.IsTerminal(TicketState.Cancelled));
        Assert.False(TicketStateMachine.IsTerminal(TicketState.Serving));
        Assert.Equal([TicketAction.Recall, TicketAction.StartServing, TicketAction.MarkNoShow, TicketAction.Transfer, TicketAction.Cancel],
            TicketStateMachine.AllowedActions(TicketState.Called));
        // Every transfer lands in Waiting; nothing leads back to Waiting otherwise.
        Assert.All(TicketStateMachine.Transitions.Where(t => t.Value == TicketState.Waiting), t => Assert.Equal(TicketAction.Transfer, t.Key.Action));
    }

    [Fact]
    public void Every_non_terminal_state_can_reach_a_terminal_one()
    {
        foreach (var state in Enum.GetValues<TicketState>())
        {
            var reachable = new HashSet<TicketState> { state };
            var frontier = new Queue<TicketState>([state]);
            while (frontier.TryDequeue(out var s))
            {
                foreach (var next in TicketStateMachine.Transitions.Where(t => t.Key.State == s).Select(t => t.Value))
                {
                    if (reachable.Add(next))
                        frontier.Enqueue(next);
                }
            }

            Assert.Contains(reachable, TicketStateMachine.IsTerminal);
        }
    }
}
