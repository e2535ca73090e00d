namespace CounterNode.Hub.Board;

/// <summary>One point of the day's waiting-time chart.</summary>
/// <param name="Start">Start of the time slot (center-local).</param>
/// <param name="AverageWaitSeconds">Average wait (print to call) of the tickets called in the slot.</param>
/// <param name="Calls">Tickets called in the slot.</param>
public sealed record WaitPoint(DateTimeOffset Start, long AverageWaitSeconds, int Calls);
