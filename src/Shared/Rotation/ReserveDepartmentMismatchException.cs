using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// The reserve officer is not of the absent officer's department. RULES 9 (Điều 13.8): the
/// department that seconded the absent officer sends its own reserve, who can receive and
/// return that department's dossiers.
/// </summary>
public sealed class ReserveDepartmentMismatchException(string reserve, string reserveDepartment, string absentDepartment)
    : DomainException(
        ErrorCode,
        $"Reserve officer '{reserve}' belongs to '{reserveDepartment}', not to the absent officer's department '{absentDepartment}'.",
        $"Công chức dự phòng phải cùng cơ quan với công chức vắng mặt ({absentDepartment}).")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.reserve-department-mismatch";

    /// <summary>The reserve officer id.</summary>
    public string Reserve { get; } = reserve;

    /// <summary>The absent officer's department.</summary>
    public string AbsentDepartment { get; } = absentDepartment;
}
