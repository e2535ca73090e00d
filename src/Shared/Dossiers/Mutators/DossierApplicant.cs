namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>
/// Who filed the dossier, as synced: personal data (RULES 11), kept only in the department's
/// scope. <see cref="ToString"/> is redacted so the record cannot leak into logs.
/// </summary>
/// <param name="FullName">Name printed on the receipt.</param>
/// <param name="Address">Postal address.</param>
/// <param name="Phone">Phone, if given.</param>
/// <param name="Email">E-mail, if given.</param>
/// <param name="ByProxy">True when the person at the counter files for someone else.</param>
/// <param name="AuthorisationNote">For a proxy: the authorisation letter (number, date, issuer).</param>
public sealed record DossierApplicant(string FullName, string Address, string? Phone, string? Email, bool ByProxy, string? AuthorisationNote)
{
    /// <summary>The domain's view of the applicant.</summary>
    public Applicant ToApplicant() => new(FullName, Phone, Address, Email);

    /// <summary>Redacted: personal data never goes into logs.</summary>
    public override string ToString() => $"DossierApplicant {{ ByProxy = {ByProxy} (personal data redacted) }}";
}
