namespace CounterNode.Hub.Board;

/// <summary>A half-day where a shared counter has nobody (RULES 9: receiving and returning must never stop).</summary>
/// <param name="Counter">Counter number.</param>
/// <param name="HalfDay">"Chiều 30/11/2026".</param>
/// <param name="Date">The day (yyyy-MM-dd), for sorting.</param>
/// <param name="DepartmentName">Department on duty by the schedule, or empty when unscheduled.</param>
/// <param name="Kind">absent | unscheduled.</param>
/// <param name="Text">Vietnamese explanation.</param>
public sealed record GapView(int Counter, string HalfDay, DateOnly Date, string DepartmentName, string Kind, string Text);
