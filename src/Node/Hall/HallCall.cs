namespace CounterNode.Node.Hall;

/// <summary>One call shown on the hall display.</summary>
/// <param name="Ticket">Ticket number as printed, e.g. <c>A012</c>.</param>
/// <param name="Counter">Counter that called it.</param>
/// <param name="CalledAt">When (the call's hybrid time).</param>
public sealed record HallCall(string Ticket, int Counter, DateTimeOffset CalledAt);
