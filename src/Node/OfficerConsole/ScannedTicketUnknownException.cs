using CounterNode.Shared.Errors;

namespace CounterNode.Node.OfficerConsole;

/// <summary>A scanned ticket number is not a ticket of today in the services of this counter.</summary>
public sealed class ScannedTicketUnknownException()
    : DomainException("console.scanned-ticket-unknown", "The scanned ticket is not in this counter's queues today.",
        "Số thứ tự vừa quét không có trong hàng đợi hôm nay của quầy này.");
