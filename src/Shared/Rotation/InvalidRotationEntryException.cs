using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A schedule entry is malformed (a field is missing or out of range); nothing was changed.</summary>
public sealed class InvalidRotationEntryException(string field, string problem, string vietnameseProblem)
    : DomainException(ErrorCode, $"Rotation entry: {field} {problem}", $"Lịch luân phiên không hợp lệ: {vietnameseProblem}")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.invalid-entry";

    /// <summary>The offending field (camelCase, as in the JSON).</summary>
    public string Field { get; } = field;
}
