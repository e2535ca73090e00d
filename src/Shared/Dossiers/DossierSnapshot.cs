using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Dossiers;

/// <summary>
/// What is stored of a dossier: its reception, the details each action recorded, and its
/// history. State and current return date are derived by replaying the history through the
/// rules in <see cref="Dossier.Restore"/>; details the history does not account for (or that
/// disagree with it) make the restore fail. Holds personal data in <see cref="Applicant"/> and
/// <see cref="Collection"/>, whose <c>ToString</c> are redacted.
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Code">Dossier code.</param>
/// <param name="ProcedureCode">Procedure.</param>
/// <param name="Applicant">Who filed it.</param>
/// <param name="OriginalReturnDate">Return date printed on the receipt.</param>
/// <param name="ReceivedBy">Receiving officer.</param>
/// <param name="ReceivedAtCounter">Counter of reception.</param>
/// <param name="ReceivedAt">Time of reception.</param>
/// <param name="Department">Department it was transferred to, if any.</param>
/// <param name="SupplementRequest">The supplement request, if any.</param>
/// <param name="Refusal">The refusal, if any.</param>
/// <param name="Collection">Who collected the result, if returned.</param>
/// <param name="Delays">Delay reports, oldest first.</param>
/// <param name="History">Transitions, oldest first.</param>
public sealed record DossierSnapshot(
    Guid Id,
    DossierCode Code,
    string ProcedureCode,
    Applicant Applicant,
    DateOnly OriginalReturnDate,
    string ReceivedBy,
    int ReceivedAtCounter,
    DateTimeOffset ReceivedAt,
    string? Department,
    SupplementRequest? SupplementRequest,
    Refusal? Refusal,
    ResultCollection? Collection,
    IReadOnlyList<DelayReport> Delays,
    IReadOnlyList<DossierTransition> History);
