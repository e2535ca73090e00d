namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>State of a synced queue ticket (entity type <c>ticket</c>). Ticket numbers are public; nothing personal is kept.</summary>
/// <param name="Id">UUID chosen by the issuing node.</param>
/// <param name="Prefix">Service prefix printed before the number (e.g. <c>A</c>).</param>
/// <param name="Number">Printed number within the prefix and day.</param>
/// <param name="Day">Center-local day of issue.</param>
/// <param name="Service">Service (procedure field) code, if any.</param>
/// <param name="IssuedBy">Node that printed it.</param>
/// <param name="IssuedAt">Packed hybrid timestamp of the print.</param>
/// <param name="Status">Where the ticket is.</param>
/// <param name="Call">The winning call, once called.</param>
/// <param name="ClosedAt">Packed hybrid timestamp of finish or no-show.</param>
/// <param name="DuplicateNumber">True when another ticket was printed with the same number (a conflict records both).</param>
public sealed record TicketEntity(
    Guid Id,
    string Prefix,
    int Number,
    DateOnly Day,
    string? Service,
    string IssuedBy,
    long IssuedAt,
    TicketStatus Status,
    CallClaim? Call,
    long? ClosedAt,
    bool DuplicateNumber);
