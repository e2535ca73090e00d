namespace CounterNode.Hub.Board;

/// <summary>The queue of one service prefix.</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Waiting">Tickets printed and not yet called.</param>
/// <param name="LongestWaitSeconds">Wait of the oldest waiting ticket.</param>
/// <param name="EstimatedWaitSeconds">Estimated wait of a ticket printed now; null when no service was timed yet.</param>
/// <param name="Served">Tickets finished or no-show today.</param>
public sealed record QueueView(string Prefix, int Waiting, long LongestWaitSeconds, long? EstimatedWaitSeconds, int Served);
