using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Calendar;

/// <summary>
/// The working calendar's options are inconsistent (overlapping sessions, a cut-off outside the
/// working hours, conflicting overrides, …). Every problem found is listed, so an administrator
/// can fix them in one pass; no calendar is built from such options.
/// </summary>
public sealed class InvalidCalendarOptionsException : DomainException
{
    /// <param name="problems">What is wrong (at least one).</param>
    public InvalidCalendarOptionsException(IReadOnlyList<CalendarOptionsProblem> problems)
        : base(
            "calendar.invalid-options",
            "Invalid working calendar options: " + string.Join("; ", problems.Select(p => p.English)),
            "Cấu hình lịch làm việc không hợp lệ: " + string.Join("; ", problems.Select(p => p.Vietnamese)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<CalendarOptionsProblem> Problems { get; }
}
