namespace CounterNode.Node.Hall;

/// <summary>Tickets waiting in one service queue.</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Waiting">How many wait.</param>
public sealed record HallWaiting(string Prefix, int Waiting);
