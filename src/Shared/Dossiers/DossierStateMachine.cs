using System.Collections.Frozen;

namespace CounterNode.Shared.Dossiers;

/// <summary>
/// The dossier transition table. Every legal (state, action) pair is a key; anything else is
/// illegal. Rules that depend on more than the state (supplement at most once, reasons in
/// writing, proxy authorisation) are enforced by <see cref="Dossier"/> on top of this table.
/// </summary>
public static class DossierStateMachine
{
    /// <summary>States in which a delay may still be reported: not yet ResultReady, Returned or Refused.</summary>
    private static readonly DossierState[] DelayableStates =
    [
        DossierState.Received,
        DossierState.TransferredToDepartment,
        DossierState.Processing,
        DossierState.SupplementRequested,
        DossierState.Supplemented,
    ];

    /// <summary>Legal transitions: (state, action) → next state.</summary>
    public static IReadOnlyDictionary<(DossierState State, DossierAction Action), DossierState> Transitions { get; } = Build();

    /// <summary>True when <paramref name="action"/> is allowed in <paramref name="state"/> by the table.</summary>
    public static bool CanApply(DossierState state, DossierAction action) => Transitions.ContainsKey((state, action));

    /// <summary>True for states no action leaves.</summary>
    public static bool IsTerminal(DossierState state) => !Transitions.Keys.Any(k => k.State == state);

    /// <summary>The actions the table allows in <paramref name="state"/>.</summary>
    public static IReadOnlyList<DossierAction> AllowedActions(DossierState state) =>
        [.. Transitions.Keys.Where(k => k.State == state).Select(k => k.Action).Order()];

    private static FrozenDictionary<(DossierState, DossierAction), DossierState> Build()
    {
        var table = new Dictionary<(DossierState, DossierAction), DossierState>
        {
            [(DossierState.Received, DossierAction.TransferToDepartment)] = DossierState.TransferredToDepartment,
            [(DossierState.TransferredToDepartment, DossierAction.StartProcessing)] = DossierState.Processing,
            [(DossierState.Processing, DossierAction.RequestSupplement)] = DossierState.SupplementRequested,
            [(DossierState.SupplementRequested, DossierAction.ReceiveSupplement)] = DossierState.Supplemented,
            [(DossierState.Supplemented, DossierAction.StartProcessing)] = DossierState.Processing,
            [(DossierState.Processing, DossierAction.MarkResultReady)] = DossierState.ResultReady,
            [(DossierState.ResultReady, DossierAction.Return)] = DossierState.Returned,
            [(DossierState.Received, DossierAction.Refuse)] = DossierState.Refused,
            [(DossierState.Processing, DossierAction.Refuse)] = DossierState.Refused,
        };

        // A delay report changes the return date, not the state.
        foreach (var state in DelayableStates)
            table[(state, DossierAction.ReportDelay)] = state;

        return table.ToFrozenDictionary();
    }
}
