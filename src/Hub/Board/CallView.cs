namespace CounterNode.Hub.Board;

/// <summary>One call, for the live list of calls and the hall display.</summary>
/// <param name="Ticket">Ticket number with prefix (e.g. <c>A12</c>).</param>
/// <param name="Counter">Counter that called it.</param>
/// <param name="CalledAt">When (the call's hybrid time).</param>
public sealed record CallView(string Ticket, int Counter, DateTimeOffset CalledAt);
