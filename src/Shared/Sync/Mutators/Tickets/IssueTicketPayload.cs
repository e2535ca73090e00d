namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Payload of <c>ticket.issue</c>: what was printed.</summary>
/// <param name="TicketId">UUID the issuing node gave the ticket.</param>
/// <param name="Prefix">Service prefix (1–4 ASCII letters).</param>
/// <param name="Number">Printed number (from the Hub online, or the node's reserve block).</param>
/// <param name="Day">Center-local day.</param>
/// <param name="Service">Service code, if any.</param>
/// <param name="Scope">Visibility scope of the ticket; <c>center</c> when omitted.</param>
public sealed record IssueTicketPayload(Guid TicketId, string Prefix, int Number, DateOnly Day, string? Service = null, string? Scope = null);
