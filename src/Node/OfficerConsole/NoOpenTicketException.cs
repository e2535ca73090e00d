using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>Recall, finish or no-show while the counter holds no called ticket.</summary>
public sealed class NoOpenTicketException(int counter, string action)
    : DomainException("ticket.illegal-transition", $"Counter {counter} holds no called ticket; cannot {action}.",
        "Quầy chưa gọi số nào. Hãy gọi số trước.")
{
    /// <summary>The counter.</summary>
    public int Counter { get; } = counter;
}
