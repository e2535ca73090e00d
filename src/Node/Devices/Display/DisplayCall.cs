namespace CounterNode.Node.Devices.Display;

/// <summary>A call to show: the ticket number (as printed, e.g. "A012") and the counter it goes to.</summary>
/// <param name="TicketNumber">The ticket number exactly as printed on the ticket; shown in full or not at all.</param>
/// <param name="Counter">The counter number in the hall (1-999).</param>
public sealed record DisplayCall(string TicketNumber, int Counter)
{
    /// <summary>Throws <see cref="ArgumentException"/> for an empty number or a counter outside 1-999.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(TicketNumber))
        {
            throw new ArgumentException("A call needs a ticket number.", nameof(TicketNumber));
        }

        if (Counter is < 1 or > 999)
        {
            throw new ArgumentOutOfRangeException(nameof(Counter), Counter, "Counter numbers are 1-999.");
        }
    }
}
