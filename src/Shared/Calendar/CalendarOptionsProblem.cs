namespace CounterNode.Shared.Calendar;

/// <summary>One thing wrong with <see cref="WorkingCalendarOptions"/>, in English (logs) and Vietnamese (admin screens).</summary>
/// <param name="English">English description.</param>
/// <param name="Vietnamese">Vietnamese description with full diacritics.</param>
public sealed record CalendarOptionsProblem(string English, string Vietnamese);
