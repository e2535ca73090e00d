namespace CounterNode.Hub.Board;

/// <summary>A shared counter on the board: the half-day in effect now and the next one.</summary>
/// <param name="Counter">Counter number.</param>
/// <param name="Now">The half-day in effect (running, or next to start).</param>
/// <param name="Next">The half-day after it.</param>
public sealed record CounterRotationView(int Counter, StaffingView Now, StaffingView Next);
