namespace CounterNode.Shared.Calendar;

/// <summary>A computed return date (ngày hẹn trả kết quả) with its explanation.</summary>
/// <param name="ReceivedAt">The instant the complete dossier was received.</param>
/// <param name="ReceivedLocal">The same instant in center-local time.</param>
/// <param name="ProcessingDays">The procedure's processing time in working days (0 = same day).</param>
/// <param name="StartDay">The working day counting starts from (the receipt day or the next working day).</param>
/// <param name="ReturnAt">The return date and time, center-local.</param>
/// <param name="ReturnInstant">The return date and time as an instant (center offset).</param>
/// <param name="Explanation">The steps that lead to it.</param>
public sealed record ReturnDateResult(
    DateTimeOffset ReceivedAt,
    DateTime ReceivedLocal,
    int ProcessingDays,
    DateOnly StartDay,
    DateTime ReturnAt,
    DateTimeOffset ReturnInstant,
    ReturnDateExplanation Explanation)
{
    /// <summary>The return day (what the dossier records as its return date).</summary>
    public DateOnly ReturnDay => DateOnly.FromDateTime(ReturnAt);

    /// <summary>The time of day printed on the receipt.</summary>
    public TimeOnly ReturnTime => TimeOnly.FromDateTime(ReturnAt);
}
