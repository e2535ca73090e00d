using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Call next with no waiting ticket in the services of this counter.</summary>
public sealed class QueueEmptyException(int counter)
    : DomainException("queue.empty", $"No ticket is waiting for counter {counter}.", "Hiện không có số nào đang chờ.")
{
    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;
}
