namespace CounterNode.Shared.Calendar;

/// <summary>
/// Which day next to 2 September is the second National Day holiday when the administrator has
/// not entered the year's official choice. The Labour Code leaves it to the Prime Minister each
/// year (1 or 3 September).
/// </summary>
public enum NationalDayAdjacentRule
{
    /// <summary>
    /// The default, modelled on the decisions of 2021–2025: the adjacent day that is a weekday
    /// (Monday–Friday); if both are, the one that touches the weekend (a Monday or a Friday) so
    /// the break is continuous; if neither does, 1 September. By weekday of 2 September: Mon → 3 Sep (2024), Tue → 1 Sep (2025),
    /// Wed → 1 Sep, Thu → 3 Sep (2021), Fri → 1 Sep (2022), Sat → 1 Sep (2023), Sun → 3 Sep.
    /// </summary>
    AdjoinWeekend,

    /// <summary>Always 1 September.</summary>
    DayBefore,

    /// <summary>Always 3 September.</summary>
    DayAfter,
}
