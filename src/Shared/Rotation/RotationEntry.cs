using System.Text.Json.Serialization;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// One entry of a shared counter's rotation schedule (RULES 8, Điều 13.10): which department,
/// through which officer, staffs counter <see cref="Counter"/> on which days and half-days,
/// within a validity period. It is the <c>rotation.put</c> payload and an item of the counter's
/// <see cref="RotationSchedule"/>. Two entries of one counter never cover the same half-day
/// (refused when put), so the schedule names at most one department per half-day.
/// </summary>
/// <param name="Id">Entry id (1–64 letters, digits, '-', '_' or '.').</param>
/// <param name="Counter">Shared counter number.</param>
/// <param name="Department">Department code (one of the counter's departments).</param>
/// <param name="Officer">Officer id (an officer of that department).</param>
/// <param name="DaysOfWeek">Weekdays it applies to (may be empty when <paramref name="Dates"/> is not).</param>
/// <param name="Dates">Single dates it applies to, in addition to the weekdays.</param>
/// <param name="HalfDays">Morning, afternoon or both.</param>
/// <param name="ValidFrom">First day it applies.</param>
/// <param name="ValidTo">Last day it applies (inclusive), or null for open-ended.</param>
public sealed record RotationEntry(
    string Id,
    int Counter,
    string Department,
    string Officer,
    IReadOnlyList<DayOfWeek> DaysOfWeek,
    IReadOnlyList<DateOnly> Dates,
    HalfDayCoverage HalfDays,
    DateOnly ValidFrom,
    DateOnly? ValidTo = null)
{
    /// <summary>Last day of the validity period (open-ended entries run to <see cref="DateOnly.MaxValue"/>).</summary>
    [JsonIgnore]
    public DateOnly LastDay => ValidTo ?? DateOnly.MaxValue;

    /// <summary>True when the entry applies on <paramref name="date"/> (whatever the half-day).</summary>
    public bool AppliesOn(DateOnly date) =>
        date >= ValidFrom && date <= LastDay && (DaysOfWeek.Contains(date.DayOfWeek) || Dates.Contains(date));

    /// <summary>True when the entry staffs its counter on <paramref name="halfDay"/>.</summary>
    public bool Covers(WorkingHalfDay halfDay) => halfDay.IsCoveredBy(HalfDays) && AppliesOn(halfDay.Date);

    /// <summary>
    /// True when both entries are for the same counter and some half-day is covered by both.
    /// Checks each listed date and one week of weekdays in the shared validity period, which is
    /// enough: weekday patterns repeat weekly.
    /// </summary>
    public bool Overlaps(RotationEntry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Counter != Counter || !HalvesIntersect(HalfDays, other.HalfDays))
            return false;
        var from = ValidFrom > other.ValidFrom ? ValidFrom : other.ValidFrom;
        var to = LastDay < other.LastDay ? LastDay : other.LastDay;
        if (from > to)
            return false;
        if (Dates.Any(d => d >= from && d <= to && other.AppliesOn(d)) || other.Dates.Any(d => d >= from && d <= to && AppliesOn(d)))
            return true;
        for (var i = 0; i < 7; i++)
        {
            if (from.DayNumber + i > to.DayNumber)
                break;
            var day = from.AddDays(i).DayOfWeek;
            if (DaysOfWeek.Contains(day) && other.DaysOfWeek.Contains(day))
                return true;
        }

        return false;
    }

    private static bool HalvesIntersect(HalfDayCoverage a, HalfDayCoverage b) =>
        a == HalfDayCoverage.Both || b == HalfDayCoverage.Both || a == b;
}
