using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A rotation entry names an officer who is not seconded by the entry's department.</summary>
public sealed class OfficerDepartmentMismatchException(string officer, string department)
    : DomainException(
        ErrorCode,
        $"Officer '{officer}' does not belong to department '{department}'.",
        $"Công chức \"{officer}\" không thuộc cơ quan \"{department}\".")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.officer-department-mismatch";

    /// <summary>The officer id.</summary>
    public string Officer { get; } = officer;

    /// <summary>The department the entry names.</summary>
    public string Department { get; } = department;
}
