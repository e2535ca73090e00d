namespace CounterNode.Shared.Calendar;

/// <summary>
/// Where a service gets "the center's working calendar as it is now". The administrator edits the
/// year's days off, make-up days, Tết days and National Day adjacent day at the Hub; a source
/// follows those edits, so a long-lived service must ask <see cref="Current"/> at each use instead
/// of keeping a <see cref="WorkingCalendar"/>. A fixed <see cref="WorkingCalendar"/> is itself a
/// source (tests, tools), so existing callers that pass one keep compiling.
/// </summary>
public interface IWorkingCalendarSource
{
    /// <summary>The calendar in force now (immutable; a new instance replaces it after an edit).</summary>
    WorkingCalendar Current { get; }
}
