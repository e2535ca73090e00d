using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Rotation;

/// <summary>A rotation names a counter the catalogue does not hold, or one that is not shared (quầy tổng hợp).</summary>
public sealed class CounterNotSharedException(int counter, bool exists)
    : DomainException(
        ErrorCode,
        exists ? $"Counter {counter} is not a shared counter; only shared counters rotate." : $"Counter {counter} is not in the catalogue.",
        exists ? $"Quầy {counter} không phải quầy tổng hợp, không áp dụng luân phiên." : $"Quầy {counter} chưa có trong danh mục.")
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "rotation.counter-not-shared";

    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;
}
