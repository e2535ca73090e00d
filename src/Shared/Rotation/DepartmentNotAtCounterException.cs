using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A rotation entry names a department that does not share the counter.</summary>
public sealed class DepartmentNotAtCounterException(string department, int counter)
    : DomainException(
        ErrorCode,
        $"Department '{department}' does not share counter {counter}.",
        $"Cơ quan \"{department}\" không thuộc quầy tổng hợp số {counter}.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.department-not-at-counter";

    /// <summary>The department code as sent.</summary>
    public string Department { get; } = department;

    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;
}
