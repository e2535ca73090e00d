namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>
/// The citizen reached the counter and service started (entity type <c>ticket-serving</c>, keyed
/// by the ticket id, same scope as the ticket). Beside <see cref="TicketEntity"/> rather than a
/// new <see cref="TicketStatus"/> so readers of the synced ticket are unaffected; it gives the
/// true service time (start → finish) for wait estimates and officer statistics.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Counter">The counter serving it.</param>
/// <param name="StartedAt">Packed hybrid timestamp of the start.</param>
public sealed record TicketServingEntity(Guid TicketId, int Counter, long StartedAt)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = "ticket-serving";
}
