namespace CounterNode.Shared.Calendar;

/// <summary>
/// The Tết days off the Government announced for one year, entered by an administrator. They
/// replace the default five days completely (the announcement already includes any
/// compensation), and every listed day is shown as <c>Tết Nguyên đán</c>.
/// </summary>
/// <param name="Year">Solar year of that Tết.</param>
/// <param name="Days">The announced days off (weekend days may be listed; they are named Tết too).</param>
public sealed record LunarNewYearOverride(int Year, IReadOnlyList<DateOnly> Days);
