namespace CounterNode.Shared.Errors;

/// <summary>
/// A return without the name of the person who collected the result. RULES 4: the return must
/// record who collected it.
/// </summary>
public sealed class CollectorRequiredException : DomainException
{
    /// <param name="dossierCode">Code of the dossier.</param>
    public CollectorRequiredException(string dossierCode)
        : base(
            "dossier.collector-required",
            $"Dossier {dossierCode}: the name of the person collecting the result is required.",
            $"Hồ sơ {dossierCode}: phải ghi họ tên người nhận kết quả.")
    {
        DossierCode = dossierCode;
    }

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }
}
