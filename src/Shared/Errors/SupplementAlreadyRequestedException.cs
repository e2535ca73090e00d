using System.Globalization;

namespace CounterNode.Shared.Errors;

/// <summary>
/// A second supplement request for the same dossier. RULES 6 (Điều 12.1.c, 5.1.đ): an officer
/// may ask a citizen to supplement a dossier only once, so the request is refused even when the
/// first one was already answered.
/// </summary>
public sealed class SupplementAlreadyRequestedException : DomainException
{
    /// <param name="dossierCode">Code of the dossier.</param>
    /// <param name="firstRequestedAt">When the one allowed request was made.</param>
    public SupplementAlreadyRequestedException(string dossierCode, DateTimeOffset firstRequestedAt)
        : base(
            "dossier.supplement-already-requested",
            string.Create(CultureInfo.InvariantCulture, $"Dossier {dossierCode} already had its one supplement request (at {firstRequestedAt:yyyy-MM-dd HH:mm zzz}); a dossier may be sent back for supplement only once."),
            string.Create(CultureInfo.InvariantCulture, $"Hồ sơ {dossierCode} đã được yêu cầu bổ sung một lần (lúc {firstRequestedAt.ToOffset(VietnamTime):HH:mm dd/MM/yyyy}); theo quy chế chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần."))
    {
        DossierCode = dossierCode;
        FirstRequestedAt = firstRequestedAt;
    }

    // Officers read Vietnam time on screen; the stored instant may carry any offset (UTC on the Hub).
    private static readonly TimeSpan VietnamTime = TimeSpan.FromHours(7);

    /// <summary>Code of the dossier.</summary>
    public string DossierCode { get; }

    /// <summary>Time of the first (and only allowed) request.</summary>
    public DateTimeOffset FirstRequestedAt { get; }
}
