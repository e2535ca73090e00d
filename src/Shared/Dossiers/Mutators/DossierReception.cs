namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// What the counter recorded and printed at reception (Mẫu 01) beyond the workflow: kept so the
/// receipt can be reprinted and the notices (Mẫu 02/04) and register (Mẫu 06) filled in anywhere.
/// </summary>
/// <param name="ProcedureName">Procedure name as printed.</param>
/// <param name="ProcessingDays">Legal processing time in working days (0 = same day).</param>
/// <param name="Documents">Papers submitted.</param>
/// <param name="Sets">Number of sets.</param>
/// <param name="Delivery">Where the result is collected.</param>
/// <param name="FeeVnd">Fees and charges collected, in đồng (0 when none).</param>
/// <param name="ReturnAt">Return date and time printed (center-local offset).</param>
/// <param name="ReturnExplanation">How the return date was computed, one Vietnamese line per step.</param>
/// <param name="Electronic">True for an electronic dossier (transferred at once, RULES 2).</param>
/// <param name="ReceivedByNode">Node that received it (it prints the notices).</param>
public sealed record DossierReception(
    string ProcedureName,
    int ProcessingDays,
    IReadOnlyList<ReceivedDocument> Documents,
    int Sets,
    ResultDelivery Delivery,
    long FeeVnd,
    DateTimeOffset ReturnAt,
    IReadOnlyList<string> ReturnExplanation,
    bool Electronic,
    string ReceivedByNode);
