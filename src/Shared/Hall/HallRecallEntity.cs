namespace CounterNode.Shared.Hall;

/// <summary>
/// The latest repeated call of a ticket (entity type <c>hall-recall</c>, id = ticket id, scope
/// <c>center</c>): a recall changes nothing in the ticket, so the hall learns of it from this.
/// </summary>
/// <param name="TicketId">The ticket.</param>
/// <param name="Ticket">Its number as printed (e.g. <c>A012</c>), for the voice.</param>
/// <param name="Counter">The counter holding it.</param>
/// <param name="NodeId">That counter's node.</param>
/// <param name="At">Packed hybrid timestamp of the recall.</param>
/// <param name="Count">How many times it was recalled.</param>
public sealed record HallRecallEntity(Guid TicketId, string Ticket, int Counter, string NodeId, long At, int Count)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = "hall-recall";
}
