namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Which tickets carry one printed number (entity type <c>ticket-number</c>); more than one means a duplicate.</summary>
public sealed record TicketNumberIndex(IReadOnlyList<Guid> Tickets)
{
    /// <summary>Index key of a printed number: <c>2026-11-26/A/12</c>.</summary>
    public static string Key(DateOnly day, string prefix, int number) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}/{prefix}/{number}");
}
