using System.Globalization;

namespace CounterNode.Shared.Rotation;

/// <summary>A half-day of a given day (a working one when produced by <see cref="WorkingHalfDays"/>).</summary>
/// <param name="Date">Center-local date.</param>
/// <param name="Part">Morning or afternoon.</param>
public readonly record struct WorkingHalfDay(DateOnly Date, HalfDay Part) : IComparable<WorkingHalfDay>
{
    /// <summary>True when <paramref name="coverage"/> includes this half-day's part.</summary>
    public bool IsCoveredBy(HalfDayCoverage coverage) => coverage switch
    {
        HalfDayCoverage.Both => true,
        HalfDayCoverage.Morning => Part == HalfDay.Morning,
        HalfDayCoverage.Afternoon => Part == HalfDay.Afternoon,
        _ => false,
    };

    /// <inheritdoc />
    public int CompareTo(WorkingHalfDay other)
    {
        var byDate = Date.CompareTo(other.Date);
        return byDate != 0 ? byDate : Part.CompareTo(other.Part);
    }

    public static bool operator <(WorkingHalfDay left, WorkingHalfDay right) => left.CompareTo(right) < 0;

    public static bool operator >(WorkingHalfDay left, WorkingHalfDay right) => left.CompareTo(right) > 0;

    public static bool operator <=(WorkingHalfDay left, WorkingHalfDay right) => left.CompareTo(right) <= 0;

    public static bool operator >=(WorkingHalfDay left, WorkingHalfDay right) => left.CompareTo(right) >= 0;

    /// <summary>Vietnamese label for screens, e.g. "Sáng 27/11/2026".</summary>
    public string VietnameseLabel() =>
        (Part == HalfDay.Morning ? "Sáng " : "Chiều ") + Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Readable form for logs: <c>2026-11-27 morning</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Date:yyyy-MM-dd} {(Part == HalfDay.Morning ? "morning" : "afternoon")}");
}
