namespace CounterNode.Hub.Board;

/// <summary>One counter on the board.</summary>
/// <param name="Counter">Counter number.</param>
/// <param name="NodeId">Node that made its latest call (or that holds its scope).</param>
/// <param name="State">What it is doing.</param>
/// <param name="Officer">Officer id signed in at the node's latest push (public per rule 10), if any.</param>
/// <param name="Ticket">Number of the open ticket (e.g. <c>A12</c>), if any.</param>
/// <param name="ServiceSeconds">Seconds since the open ticket was called.</param>
public sealed record CounterView(int Counter, string? NodeId, CounterState State, string? Officer, string? Ticket, long? ServiceSeconds);
