using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>The console is used on a node without a counter number (a kiosk or hall node).</summary>
public sealed class NotACounterException()
    : DomainException("console.not-a-counter", "This node has no counter number (Node:CounterNumber).", "Máy này không được cấu hình là quầy.");
