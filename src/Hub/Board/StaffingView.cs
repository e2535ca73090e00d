namespace CounterNode.Hub.Board;

/// <summary>Who staffs a shared counter on one half-day, for the board (names are public, RULES 10).</summary>
/// <param name="HalfDay">"Sáng 27/11/2026".</param>
/// <param name="Department">Department code, or null when unscheduled.</param>
/// <param name="DepartmentName">Department name, or empty.</param>
/// <param name="Officer">Name of the officer at the counter, or null for a gap.</param>
/// <param name="ScheduledOfficer">Name of the officer the schedule names, or null.</param>
/// <param name="Status">staffed | reserve | absent | unscheduled.</param>
/// <param name="StatusText">Vietnamese status.</param>
/// <param name="IsGap">True when nobody staffs the counter.</param>
public sealed record StaffingView(
    string HalfDay,
    string? Department,
    string DepartmentName,
    string? Officer,
    string? ScheduledOfficer,
    string Status,
    string StatusText,
    bool IsGap);
