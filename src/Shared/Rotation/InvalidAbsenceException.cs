using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>An absence report is malformed (bad id, period ending before it starts, reason too long…).</summary>
public sealed class InvalidAbsenceException(string field, string problem, string vietnameseProblem)
    : DomainException(ErrorCode, $"Absence: {field} {problem}", $"Đăng ký vắng mặt không hợp lệ: {vietnameseProblem}")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.invalid";

    /// <summary>The offending field (camelCase).</summary>
    public string Field { get; } = field;
}
