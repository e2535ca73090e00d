using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Errors;

/// <summary>A text that is not a ticket number, or not one of the expected service.</summary>
public sealed class TicketNumberFormatException : DomainException
{
    /// <param name="error">What is wrong.</param>
    public TicketNumberFormatException(TicketNumberError error)
        : base(error?.Code ?? throw new ArgumentNullException(nameof(error)), error.Message, error.DisplayMessage)
    {
        Error = error;
    }

    /// <summary>The full error.</summary>
    public TicketNumberError Error { get; }

    /// <summary>The rule broken.</summary>
    public TicketNumberErrorReason Reason => Error.Reason;
}
