namespace CounterNode.Node.Kiosk;

/// <summary>Body of <c>POST /api/kiosk/tickets</c>.</summary>
/// <param name="Service">Service prefix chosen on the touch page.</param>
/// <param name="Priority">Priority category (enum name, e.g. "Elderly", or its Vietnamese name), if the citizen chose one.</param>
public sealed record KioskTicketRequest(string Service, string? Priority = null);
