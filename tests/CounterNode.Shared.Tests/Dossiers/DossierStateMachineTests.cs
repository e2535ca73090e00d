using CounterNode.Shared.Dossiers;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Tests.Dossiers;

public class DossierStateMachineTests
{
    public static TheoryData<DossierState, DossierAction, bool> AllPairs()
    {
        var data = new TheoryData<DossierState, DossierAction, bool>();
        foreach (var state in Enum.GetValues<DossierState>())
        {
            foreach (var action in Enum.GetValues<DossierAction>())
            {
                data.Add(state, action, false);
                // States after Processing can also be reached through a supplement round.
                if (state is DossierState.Processing or DossierState.ResultReady or DossierState.Returned)
                    data.Add(state, action, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_pair_does_exactly_what_the_table_and_the_rules_say(DossierState state, DossierAction action, bool viaSupplement)
    {
        var dossier = DossierFixtures.InState(state, viaSupplement);
        Assert.Equal(state, dossier.State);
        var historyBefore = dossier.History.Count;
        var returnDateBefore = dossier.ReturnDate;
        var supplementUsed = dossier.SupplementRequest is not null;
        var at = DossierFixtures.ReceivedAt.AddDays(3);

        if (action == DossierAction.RequestSupplement && supplementUsed)
        {
            // RULES 6 speaks first: the once-only rule, whatever the state.
            var ex = Assert.Throws<SupplementAlreadyRequestedException>(() => DossierFixtures.Do(dossier, action, at));
            Assert.Equal("dossier.supplement-already-requested", ex.Code);
        }
        else if (DossierStateMachine.Transitions.TryGetValue((state, action), out var expected))
        {
            Assert.True(dossier.CanApply(action));
            DossierFixtures.Do(dossier, action, at);
            Assert.Equal(expected, dossier.State);
            Assert.Equal(historyBefore + 1, dossier.History.Count);
            Assert.Equal(new DossierTransition(action, state, expected, "officer-2", at), dossier.History[^1]);
            return;
        }
        else
        {
            Assert.False(dossier.CanApply(action));
            var ex = Assert.Throws<IllegalTransitionException>(() => DossierFixtures.Do(dossier, action, at));
            Assert.Equal("Dossier", ex.EntityKind);
            Assert.Equal("H34-261126-0001", ex.EntityId);
            Assert.Equal(state.ToString(), ex.CurrentState);
            Assert.Equal(action.ToString(), ex.AttemptedAction);
            Assert.Equal("dossier.illegal-transition", ex.Code);
            Assert.Equal(
                $"Dossier H34-261126-0001 is {state}; it cannot be {DossierText.EnglishPassive(action)}.",
                ex.Message);
            Assert.Equal(
                $"Hồ sơ H34-261126-0001 đang ở trạng thái {DossierText.Vietnamese(state)}; không thể {DossierText.Vietnamese(action)}.",
                ex.DisplayMessage);
        }

        // Refused: nothing changed.
        Assert.Equal(state, dossier.State);
        Assert.Equal(historyBefore, dossier.History.Count);
        Assert.Equal(returnDateBefore, dossier.ReturnDate);
    }

    [Fact]
    public void The_example_message_reads_as_specified()
    {
        var dossier = DossierFixtures.InState(DossierState.Returned);
        var ex = Assert.Throws<IllegalTransitionException>(() => dossier.Refuse("o", "Lý do", DossierFixtures.ReceivedAt));
        Assert.Equal("Dossier H34-261126-0001 is Returned; it cannot be refused.", ex.Message);
        Assert.Equal("Hồ sơ H34-261126-0001 đang ở trạng thái đã trả kết quả; không thể từ chối hồ sơ.", ex.DisplayMessage);
    }

    [Fact]
    public void The_table_has_the_documented_shape()
    {
        Assert.True(DossierStateMachine.IsTerminal(DossierState.Returned));
        Assert.True(DossierStateMachine.IsTerminal(DossierState.Refused));
        Assert.False(DossierStateMachine.IsTerminal(DossierState.ResultReady));
        Assert.Equal(
            [DossierState.Received, DossierState.Processing],
            DossierStateMachine.Transitions.Where(t => t.Key.Action == DossierAction.Refuse).Select(t => t.Key.State).Order());
        Assert.Equal(
            [DossierState.Received, DossierState.TransferredToDepartment, DossierState.Processing, DossierState.SupplementRequested, DossierState.Supplemented],
            DossierStateMachine.Transitions.Where(t => t.Key.Action == DossierAction.ReportDelay).Select(t => t.Key.State).Order());
        Assert.All(
            DossierStateMachine.Transitions.Where(t => t.Key.Action == DossierAction.ReportDelay),
            t => Assert.Equal(t.Key.State, t.Value));
        Assert.Equal(
            [DossierAction.RequestSupplement, DossierAction.MarkResultReady, DossierAction.Refuse, DossierAction.ReportDelay],
            DossierStateMachine.AllowedActions(DossierState.Processing));
    }

    [Fact]
    public void Every_state_is_reachable_from_Received_and_can_reach_an_end()
    {
        var reachable = Reach(DossierState.Received);
        Assert.Equal(Enum.GetValues<DossierState>().Order(), reachable.Order());
        foreach (var state in Enum.GetValues<DossierState>())
            Assert.Contains(Reach(state), DossierStateMachine.IsTerminal);
    }

    private static HashSet<DossierState> Reach(DossierState start)
    {
        var reachable = new HashSet<DossierState> { start };
        var frontier = new Queue<DossierState>([start]);
        while (frontier.TryDequeue(out var s))
        {
            foreach (var next in DossierStateMachine.Transitions.Where(t => t.Key.State == s).Select(t => t.Value))
            {
                if (reachable.Add(next))
                    frontier.Enqueue(next);
            }
        }

        return reachable;
    }
}
