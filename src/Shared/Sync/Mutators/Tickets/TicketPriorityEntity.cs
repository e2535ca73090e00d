using CounterNode.Shared.Tickets;

namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// The priority category of a ticket (entity type <c>ticket-priority</c>, keyed by the ticket id,
/// same scope as the ticket). Kept beside <see cref="TicketEntity"/> rather than inside it so the
/// synced ticket record stays unchanged for the Hub and the board that already read it.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Category">Its priority category.</param>
public sealed record TicketPriorityEntity(Guid TicketId, PriorityCategory Category)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = "ticket-priority";
}
