using CounterNode.Shared.Codes;

namespace CounterNode.Shared.Tickets;

/// <summary>
/// What is stored of a ticket: how it was issued and its history. Everything else (state,
/// queue, counter, recall and transfer counts) is derived by replaying the history through the
/// rules in <see cref="Ticket.Restore"/>, so a stored ticket cannot hold a state its history
/// does not justify.
/// </summary>
/// <param name="Id">Identifier.</param>
/// <param name="Number">Printed number.</param>
/// <param name="Day">Day of issue.</param>
/// <param name="IssuedAt">Time of issue.</param>
/// <param name="Priority">Priority category, if any.</param>
/// <param name="History">Transitions, oldest first.</param>
public sealed record TicketSnapshot(
    Guid Id,
    TicketNumber Number,
    DateOnly Day,
    DateTimeOffset IssuedAt,
    PriorityCategory? Priority,
    IReadOnlyList<TicketTransition> History);
