using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// An absence with this id is already recorded. A recorded absence is history (its reporting time
/// decides whether it was late), so it is never silently replaced.
/// </summary>
public sealed class AbsenceAlreadyRecordedException(string absenceId)
    : DomainException(ErrorCode, $"Absence '{absenceId}' is already recorded.", "Đăng ký vắng mặt này đã được ghi nhận.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.already-recorded";

    /// <summary>The absence id.</summary>
    public string AbsenceId { get; } = absenceId;
}
