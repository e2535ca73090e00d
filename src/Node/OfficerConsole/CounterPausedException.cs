using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Call next while the counter is paused.</summary>
public sealed class CounterPausedException(int counter)
    : DomainException("queue.counter-paused", $"Counter {counter} is paused.", "Quầy đang tạm dừng. Bấm \"Tiếp tục\" để gọi số.")
{
    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;
}
