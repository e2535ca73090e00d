using System.Collections.Frozen;

namespace CounterNode.Shared.Tickets;

/// <summary>
/// The ticket transition table. Every legal (state, action) pair is a key; anything else is
/// illegal. Exposed so tests, the Hub's conflict resolution and UI (which buttons to enable)
/// all read the same table.
/// </summary>
public static class TicketStateMachine
{
    /// <summary>Legal transitions: (state, action) → next state.</summary>
    public static IReadOnlyDictionary<(TicketState State, TicketAction Action), TicketState> Transitions { get; } =
        new Dictionary<(TicketState, TicketAction), TicketState>
        {
            [(TicketState.Waiting, TicketAction.Call)] = TicketState.Called,
            [(TicketState.Called, TicketAction.Recall)] = TicketState.Called,
            [(TicketState.Called, TicketAction.StartServing)] = TicketState.Serving,
            [(TicketState.Serving, TicketAction.Complete)] = TicketState.Done,
            [(TicketState.Called, TicketAction.MarkNoShow)] = TicketState.NoShow,
            [(TicketState.Waiting, TicketAction.Transfer)] = TicketState.Waiting,
            [(TicketState.Called, TicketAction.Transfer)] = TicketState.Waiting,
            [(TicketState.Serving, TicketAction.Transfer)] = TicketState.Waiting,
            [(TicketState.Waiting, TicketAction.Cancel)] = TicketState.Cancelled,
            [(TicketState.Called, TicketAction.Cancel)] = TicketState.Cancelled,
        }.ToFrozenDictionary();

    /// <summary>True when <paramref name="action"/> is allowed in <paramref name="state"/>.</summary>
    public static bool CanApply(TicketState state, TicketAction action) => Transitions.ContainsKey((state, action));

    /// <summary>True for states no action leaves.</summary>
    public static bool IsTerminal(TicketState state) => !Transitions.Keys.Any(k => k.State == state);

    /// <summary>The actions allowed in <paramref name="state"/>.</summary>
    public static IReadOnlyList<TicketAction> AllowedActions(TicketState state) =>
        [.. Transitions.Keys.Where(k => k.State == state).Select(k => k.Action).Order()];
}
