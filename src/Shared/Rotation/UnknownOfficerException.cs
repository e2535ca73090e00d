using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A rotation or absence names an officer the catalogue does not hold (or one no longer active).</summary>
public sealed class UnknownOfficerException(string officer)
    : DomainException(
        ErrorCode,
        $"Officer '{officer}' is not an active officer of the catalogue.",
        $"Công chức \"{officer}\" không có trong danh sách công chức đang làm việc.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.unknown-officer";

    /// <summary>The officer id as sent.</summary>
    public string Officer { get; } = officer;
}
