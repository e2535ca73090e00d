namespace CounterNode.Shared.Calendar;

/// <summary>What kind of day a date is for the center, in order of precedence when several apply.</summary>
public enum DayStatus
{
    /// <summary>An ordinary working day (Monday–Friday, no holiday, no override).</summary>
    WorkingDay,

    /// <summary>A weekend or holiday worked by the administrator's notice (ngày làm việc bù); counts as working.</summary>
    MakeUpWorkingDay,

    /// <summary>A statutory public holiday (Labour Code Article 112), including the announced Tết days.</summary>
    PublicHoliday,

    /// <summary>A compensatory day off for a holiday that fell on a weekend (Article 111.3).</summary>
    CompensatoryDayOff,

    /// <summary>A day off the administrator entered (a swapped day, a closure).</summary>
    AdministrativeDayOff,

    /// <summary>Saturday or Sunday, the weekly rest days.</summary>
    Weekend,
}
