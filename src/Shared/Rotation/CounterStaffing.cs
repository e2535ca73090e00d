namespace CounterNode.Shared.Rotation;

/// <summary>Who staffs a shared counter on a working half-day, after absences and reserves.</summary>
/// <param name="Counter">Counter number.</param>
/// <param name="HalfDay">The half-day.</param>
/// <param name="Department">Department on duty by the schedule, or null when unscheduled.</param>
/// <param name="ScheduledOfficer">Officer the schedule names, or null when unscheduled.</param>
/// <param name="Officer">Officer actually at the counter (scheduled or reserve), or null for a gap.</param>
/// <param name="Status">Staffed, reserve, or which kind of gap.</param>
/// <param name="AbsenceId">The absence that applies, if any.</param>
public sealed record CounterStaffing(
    int Counter,
    WorkingHalfDay HalfDay,
    string? Department,
    string? ScheduledOfficer,
    string? Officer,
    StaffingStatus Status,
    string? AbsenceId)
{
    /// <summary>True when nobody staffs the counter (RULES 9: receiving and returning must never stop).</summary>
    public bool IsGap => Status is StaffingStatus.Absent or StaffingStatus.Unscheduled;
}
