namespace CounterNode.Shared.Errors;

/// <summary>
/// A result handed to a proxy without a note of the authorisation letter. RULES 4 (Điều 6.2.b):
/// a proxy must bring a lawful authorisation, and the return must record it.
/// </summary>
public sealed class ProxyAuthorisationRequiredException : DomainException
{
    /// <param name="dossierCode">Code of the dossier.</param>
    public ProxyAuthorisationRequiredException(string dossierCode)
        : base(
            "dossier.proxy-authorisation-required",
            $"Dossier {dossierCode}: a result collected by proxy must record the authorisation letter.",
            $"Hồ sơ {dossierCode}: nhận kết quả thay phải ghi nhận giấy ủy quyền hợp pháp.")
    {
        DossierCode = dossierCode;
    }

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }
}
