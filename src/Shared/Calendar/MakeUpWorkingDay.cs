namespace CounterNode.Shared.Calendar;

/// <summary>
/// A make-up working day (ngày làm việc bù): a Saturday, Sunday or holiday on which the center
/// works in exchange for a swapped day off. It counts as a working day for return dates.
/// </summary>
/// <param name="Date">The day worked.</param>
/// <param name="Reason">Optional explanation in Vietnamese, e.g. <c>Làm bù cho ngày 02/01/2026</c>.</param>
public sealed record MakeUpWorkingDay(DateOnly Date, string? Reason = null);
