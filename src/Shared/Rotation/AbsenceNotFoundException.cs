using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A reserve was assigned to an absence that is not recorded.</summary>
public sealed class AbsenceNotFoundException(string absenceId)
    : DomainException(ErrorCode, $"Absence '{absenceId}' is not recorded.", "Không tìm thấy đăng ký vắng mặt này.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.not-found";

    /// <summary>The absence id as sent.</summary>
    public string AbsenceId { get; } = absenceId;
}
