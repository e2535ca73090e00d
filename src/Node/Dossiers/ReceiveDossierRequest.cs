using CounterNode.Shared.Dossiers.Mutators;

namespace CounterNode.Node.Dossiers;

/// <summary>The reception form of <c>/console/dossiers</c> (personal data: never logged).</summary>
/// <param name="ProcedureCode">Procedure chosen from the catalogue.</param>
/// <param name="ApplicantName">Applicant's full name.</param>
/// <param name="ApplicantAddress">Address.</param>
/// <param name="ApplicantPhone">Phone, optional.</param>
/// <param name="ApplicantEmail">E-mail, optional.</param>
/// <param name="ByProxy">True when filed on someone's behalf.</param>
/// <param name="AuthorisationNote">The authorisation letter for a proxy.</param>
/// <param name="Documents">Papers ticked as submitted.</param>
/// <param name="Sets">Number of sets.</param>
/// <param name="Delivery"><c>counter</c> or <c>post</c>.</param>
/// <param name="FeeVnd">Fees collected; the procedure's fee when omitted.</param>
/// <param name="Electronic">Electronic dossier; the procedure's setting when omitted.</param>
/// <param name="RefusalReasons">For a refusal at reception: the specific reasons.</param>
/// <param name="RefusalGuidance">For a refusal: what the applicant should do.</param>
public sealed record ReceiveDossierRequest(
    string? ProcedureCode,
    string? ApplicantName,
    string? ApplicantAddress,
    string? ApplicantPhone,
    string? ApplicantEmail,
    bool ByProxy,
    string? AuthorisationNote,
    IReadOnlyList<ReceivedDocument>? Documents,
    int Sets = 1,
    string? Delivery = null,
    long? FeeVnd = null,
    bool? Electronic = null,
    IReadOnlyList<string>? RefusalReasons = null,
    string? RefusalGuidance = null)
{
    /// <summary>Redacted: personal data never goes into logs.</summary>
    public override string ToString() => $"ReceiveDossierRequest {{ ProcedureCode = {ProcedureCode} (applicant redacted) }}";
}
