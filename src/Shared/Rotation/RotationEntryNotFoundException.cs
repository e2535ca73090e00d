using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary><c>rotation.remove</c> names an entry that does not exist (or belongs to another counter).</summary>
public sealed class RotationEntryNotFoundException(string entryId, int counter)
    : DomainException(
        ErrorCode,
        $"Counter {counter} has no rotation entry '{entryId}'.",
        $"Không tìm thấy mục lịch luân phiên này của quầy {counter}.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.entry-not-found";

    /// <summary>The entry id as sent.</summary>
    public string EntryId { get; } = entryId;
}
