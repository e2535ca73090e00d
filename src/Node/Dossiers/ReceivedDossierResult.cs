namespace CounterNode.Node.Dossiers;

/// <summary>The answer to a reception (or a refusal at reception).</summary>
/// <param name="Code">The dossier code printed.</param>
/// <param name="State">Vietnamese state.</param>
/// <param name="ProcedureName">Procedure.</param>
/// <param name="ReceivedAt">Time of reception.</param>
/// <param name="ReturnAt">Return date and time printed.</param>
/// <param name="ReturnExplanation">How the return date was computed.</param>
/// <param name="NumberSource"><c>hub</c> (online sequence) or <c>reserve</c> (this node's leased block, offline).</param>
/// <param name="Form">The form printed: <c>mau-01</c> or <c>mau-03</c>.</param>
/// <param name="PrintJob">Print job id, or null when the node has no printer.</param>
/// <param name="Message">Vietnamese message for the officer.</param>
public sealed record ReceivedDossierResult(
    string Code,
    string State,
    string ProcedureName,
    DateTimeOffset ReceivedAt,
    DateTimeOffset ReturnAt,
    IReadOnlyList<string> ReturnExplanation,
    string NumberSource,
    string Form,
    long? PrintJob,
    string Message);
