namespace CounterNode.Shared.Tickets;

/// <summary>One entry of a ticket's history: who did what, where and when.</summary>
/// <param name="Action">What happened.</param>
/// <param name="From">State before.</param>
/// <param name="To">State after.</param>
/// <param name="OfficerId">Officer (or kiosk/supervisor account) who did it.</param>
/// <param name="Counter">Counter number it happened at, when there is one.</param>
/// <param name="At">When it happened (the caller's clock: the node's, or the Hub's when online).</param>
/// <param name="Target">For <see cref="TicketAction.Transfer"/>: where the ticket went.</param>
public sealed record TicketTransition(
    TicketAction Action,
    TicketState From,
    TicketState To,
    string OfficerId,
    int? Counter,
    DateTimeOffset At,
    TransferTarget? Target = null);
