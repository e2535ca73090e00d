using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// Two entries of one shared counter would cover the same half-day. A shared counter is staffed by
/// one officer at a time (RULES 8), so the schedule must name exactly one department per half-day.
/// </summary>
public sealed class RotationOverlapException(int counter, string entryId, string otherEntryId)
    : DomainException(
        ErrorCode,
        $"Rotation entry '{entryId}' of counter {counter} covers a half-day already covered by entry '{otherEntryId}'.",
        $"Lịch luân phiên của quầy {counter} bị trùng buổi với một mục lịch đã có. Mỗi buổi chỉ một cơ quan trực quầy.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.overlap";

    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;

    /// <summary>The entry being put.</summary>
    public string EntryId { get; } = entryId;

    /// <summary>The existing entry it collides with.</summary>
    public string OtherEntryId { get; } = otherEntryId;
}
