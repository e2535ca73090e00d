namespace CounterNode.Node.OfficerConsole;

/// <summary>Waiting tickets of one service this counter serves.</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Name">Vietnamese name.</param>
/// <param name="Waiting">Tickets waiting.</param>
/// <param name="PriorityWaiting">Of which priority tickets.</param>
public sealed record ConsoleQueueLength(string Prefix, string Name, int Waiting, int PriorityWaiting);
