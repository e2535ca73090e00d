using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// The synced state of a dossier (entity type <c>dossier</c>, keyed by its code, scope
/// <c>dept:CODE</c> of <see cref="Department"/>). The workflow part is the domain's
/// <see cref="DossierSnapshot"/> in a JSON-friendly shape: mutators load it through
/// <see cref="Dossier.Restore"/>, act through <see cref="Dossier"/> (so every rule of the
/// regulation applies, and a tampered row is noticed), and store the result with <see cref="With"/>.
/// Holds personal data (<see cref="Applicant"/>, <see cref="Collection"/>); never log it.
/// </summary>
/// <param name="Id">Identifier (UUIDv7) chosen by the receiving node.</param>
/// <param name="Code">Dossier code (canonical text).</param>
/// <param name="ProcedureCode">Procedure code, e.g. <c>STP-01</c>.</param>
/// <param name="Department">Department owning the procedure (and the entity's scope).</param>
/// <param name="Applicant">Who filed it.</param>
/// <param name="Reception">What was recorded and printed at reception.</param>
/// <param name="ReceivedBy">Receiving officer.</param>
/// <param name="Counter">Counter of reception.</param>
/// <param name="ReceivedAt">Time of reception (center-local offset).</param>
/// <param name="OriginalReturnDate">Return date printed on the receipt.</param>
/// <param name="ReturnDate">Return date in force (moved by delay reports).</param>
/// <param name="State">Current state (derived from <see cref="History"/>; stored for readers).</param>
/// <param name="TransferBatch">Transfer batch, once transferred.</param>
/// <param name="TransferredTo">Department it was handed to, once transferred.</param>
/// <param name="Supplement">The one supplement request, if made.</param>
/// <param name="Refusal">The refusal, if refused.</param>
/// <param name="RefusalReasons">The refusal's reasons one by one (Mẫu 03 lists them), if refused.</param>
/// <param name="RefusalGuidance">Guidance printed on Mẫu 03, if any.</param>
/// <param name="Collection">Who collected the result, once returned.</param>
/// <param name="Delays">Delay reports, oldest first.</param>
/// <param name="History">Transitions, oldest first.</param>
public sealed record DossierEntity(
    Guid Id,
    string Code,
    string ProcedureCode,
    string Department,
    DossierApplicant Applicant,
    DossierReception Reception,
    string ReceivedBy,
    int Counter,
    DateTimeOffset ReceivedAt,
    DateOnly OriginalReturnDate,
    DateOnly ReturnDate,
    DossierState State,
    string? TransferBatch,
    string? TransferredTo,
    SupplementRequest? Supplement,
    Refusal? Refusal,
    IReadOnlyList<string>? RefusalReasons,
    string? RefusalGuidance,
    ResultCollection? Collection,
    IReadOnlyList<DelayReport> Delays,
    IReadOnlyList<DossierTransition> History)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = DossierEntityTypes.Dossier;

    /// <summary>Rebuilds the domain object through its rules.</summary>
    /// <exception cref="Errors.InvalidSnapshotException">The stored history breaks the rules.</exception>
    /// <exception cref="Errors.DossierCodeFormatException">The stored code is malformed.</exception>
    public Dossier ToDossier() => Dossier.Restore(new DossierSnapshot(
        Id, DossierCode.Parse(Code), ProcedureCode, Applicant.ToApplicant(), OriginalReturnDate, ReceivedBy, Counter, ReceivedAt,
        TransferredTo, Supplement, Refusal, Collection, Delays, History));

    /// <summary>This entity with the workflow part taken from <paramref name="dossier"/>.</summary>
    public DossierEntity With(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return this with
        {
            ReturnDate = dossier.ReturnDate,
            State = dossier.State,
            TransferredTo = dossier.Department,
            Supplement = dossier.SupplementRequest,
            Refusal = dossier.Refusal,
            Collection = dossier.Collection,
            Delays = [.. dossier.Delays],
            History = [.. dossier.History],
        };
    }

    /// <summary>The public-safe status of this dossier.</summary>
    public DossierStatusEntity ToStatus() => new(Code, State, ReturnDate, Department, Delays.Count > 0);

    /// <summary>Code and state only: no personal data.</summary>
    public override string ToString() => $"DossierEntity {{ Code = {Code}, State = {State} }}";
}
