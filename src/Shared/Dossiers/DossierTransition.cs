namespace CounterNode.Shared.Dossiers;

/// <summary>One entry of a dossier's history (feeds the process control sheet, Mẫu 05). No personal data.</summary>
/// <param name="Action">What happened.</param>
/// <param name="From">State before.</param>
/// <param name="To">State after (equal to <paramref name="From"/> for a delay report).</param>
/// <param name="OfficerId">Who did it.</param>
/// <param name="At">When.</param>
public sealed record DossierTransition(DossierAction Action, DossierState From, DossierState To, string OfficerId, DateTimeOffset At);
