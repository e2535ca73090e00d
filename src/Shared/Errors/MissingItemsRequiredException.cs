namespace CounterNode.Shared.Errors;

/// <summary>
/// A supplement request without the list of what is missing. The notice (Mẫu 02) must state
/// exactly what to bring, and RULES 6 forbids open-ended requests, so an empty list (or a blank
/// item) is refused.
/// </summary>
public sealed class MissingItemsRequiredException : DomainException
{
    /// <param name="dossierCode">Code of the dossier.</param>
    public MissingItemsRequiredException(string dossierCode)
        : base(
            "dossier.missing-items-required",
            $"Dossier {dossierCode}: a supplement request must list every missing or incorrect item (none given, or a blank item).",
            $"Hồ sơ {dossierCode}: phiếu yêu cầu bổ sung phải liệt kê cụ thể từng nội dung cần bổ sung, hoàn thiện.")
    {
        DossierCode = dossierCode;
    }

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }
}
