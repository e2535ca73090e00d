using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A node other than the Hub tried to change rotations or absences (the center's supervisors set them at the Hub).</summary>
public sealed class RotationHubOnlyException(string mutationType, string nodeId)
    : DomainException(
        ErrorCode,
        $"'{mutationType}' is accepted only from the Hub; node '{nodeId}' may not change rotations or absences.",
        "Lịch luân phiên và đăng ký vắng mặt chỉ được thay đổi tại máy chủ trung tâm (Hub).")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.hub-only";

    /// <summary>The refused mutation type.</summary>
    public string MutationType { get; } = mutationType;

    /// <summary>The node that sent it.</summary>
    public string NodeId { get; } = nodeId;
}
