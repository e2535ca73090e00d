using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>The reserve officer cannot cover: it is the absent officer, or the reserve is away at the same time.</summary>
public sealed class ReserveUnavailableException(string reserve, string absenceId)
    : DomainException(
        ErrorCode,
        $"Officer '{reserve}' cannot cover absence '{absenceId}': same officer or absent at the same time.",
        "Công chức dự phòng không thể thay thế: trùng người vắng mặt hoặc cũng vắng mặt trong thời gian này.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "absence.reserve-unavailable";

    /// <summary>The reserve officer id.</summary>
    public string Reserve { get; } = reserve;
}
