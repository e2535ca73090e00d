using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>The absence was withdrawn: it cannot be withdrawn again or given a reserve.</summary>
public sealed class AbsenceCancelledException(string absenceId)
    : DomainException(ErrorCode, $"Absence '{absenceId}' has been cancelled.", "Đăng ký vắng mặt này đã được hủy.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.cancelled";

    /// <summary>The absence id.</summary>
    public string AbsenceId { get; } = absenceId;
}
