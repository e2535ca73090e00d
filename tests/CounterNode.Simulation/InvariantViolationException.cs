namespace CounterNode.Simulation;

/// <summary>An invariant of the sync failed at the end of a simulated run.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
