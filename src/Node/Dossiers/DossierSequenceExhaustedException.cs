using CounterNode.Shared.Errors;

namespace CounterNode.Node.Dossiers;

/// <summary>The day's dossier sequence went past 9999, the largest a dossier code can print.</summary>
public sealed class DossierSequenceExhaustedException(string agencyCode, DateOnly day)
    : DomainException("dossier.sequence-exhausted",
        $"No dossier code is left for agency {agencyCode} on {day:yyyy-MM-dd} (sequence above 9999).",
        "Đã hết số thứ tự mã hồ sơ trong ngày (tối đa 9999).")
{
    /// <summary>The agency.</summary>
    public string AgencyCode { get; } = agencyCode;

    /// <summary>The day.</summary>
    public DateOnly Day { get; } = day;
}
