namespace CounterNode.Node.Dossiers;

/// <summary>The return form: which dossier (typed or scanned code) and who collects it (personal data: never logged).</summary>
/// <param name="Code">Dossier code as typed or scanned.</param>
/// <param name="CollectorName">Name of the person taking the result.</param>
/// <param name="ByProxy">True when not the applicant.</param>
/// <param name="AuthorisationNote">The authorisation letter for a proxy.</param>
public sealed record ReturnDossierRequest(string? Code, string? CollectorName, bool ByProxy, string? AuthorisationNote)
{
    /// <summary>Redacted: personal data never goes into logs.</summary>
    public override string ToString() => $"ReturnDossierRequest {{ Code = {Code}, ByProxy = {ByProxy} (collector redacted) }}";
}
