using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Dossiers.Transfer;

/// <summary>
/// The paper transfer times of the catalogue (<c>catalogue.center.paperTransferTimes</c>) are
/// unusable: empty, not <c>HH:mm</c>, or entered twice. Nothing is scheduled from them.
/// </summary>
public sealed class InvalidTransferScheduleException(string problem, string vietnameseProblem)
    : DomainException(
        "dossier.invalid-transfer-schedule",
        $"The paper transfer times are invalid: {problem}",
        $"Giờ chuyển hồ sơ giấy không hợp lệ: {vietnameseProblem}")
{
    /// <summary>What is wrong (English).</summary>
    public string Problem { get; } = problem;
}
