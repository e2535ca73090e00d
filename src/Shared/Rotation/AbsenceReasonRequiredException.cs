using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>An absence was reported without a written reason (RULES 9: absences are reported and recorded with their reason).</summary>
public sealed class AbsenceReasonRequiredException()
    : DomainException(ErrorCode, "An absence needs a written reason.", "Phải ghi rõ lý do vắng mặt.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.reason-required";
}
