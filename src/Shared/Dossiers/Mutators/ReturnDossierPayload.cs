namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.return</c>: who collected the result (RULES 4).</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Counter">Counter that handed it over, or null (e.g. sent by post).</param>
/// <param name="CollectorName">Name of the person taking it (personal data).</param>
/// <param name="ByProxy">True when not the applicant.</param>
/// <param name="AuthorisationNote">For a proxy: the authorisation letter (required then).</param>
public sealed record ReturnDossierPayload(string Code, int? Counter, string CollectorName, bool ByProxy, string? AuthorisationNote = null)
{
    /// <summary>Redacted: holds personal data.</summary>
    public override string ToString() => $"ReturnDossierPayload {{ Code = {Code}, ByProxy = {ByProxy} (collector redacted) }}";
}
