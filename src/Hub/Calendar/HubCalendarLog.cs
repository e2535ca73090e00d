namespace CounterNode.Hub.Calendar;

/// <summary>Source-generated log messages of the Hub's working calendar (event ids 4700–4719).</summary>
internal static partial class HubCalendarLog
{
    [LoggerMessage(4700, LogLevel.Information, "Working calendar rebuilt from the catalogue: {Years} year(s) of overrides, {DaysOff} day(s) off, {MakeUps} make-up day(s)")]
    public static partial void Rebuilt(ILogger logger, int years, int daysOff, int makeUps);

    [LoggerMessage(4701, LogLevel.Warning, "Working calendar: part of the catalogue is ignored and the regulation default used instead: {Problem}")]
    public static partial void PartIgnored(ILogger logger, string problem);

    [LoggerMessage(4702, LogLevel.Warning, "Working calendar could not be read from the database; keeping the calendar in force")]
    public static partial void ReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(4703, LogLevel.Information, "Calendar override {Change} for {Year} saved by {User} (version {Version})")]
    public static partial void Saved(ILogger logger, string change, int year, string user, long version);

    [LoggerMessage(4704, LogLevel.Information, "Calendar override {Change} for {Year} refused for {User}: {Code}")]
    public static partial void Refused(ILogger logger, string change, int year, string user, string code);

    [LoggerMessage(4705, LogLevel.Information, "Calendar override {Change} for {Year} by {User} re-applied to the year saved meanwhile by someone else (round {Round})")]
    public static partial void Rebased(ILogger logger, string change, int year, string user, int round);
}
