namespace CounterNode.Hub.Board;

/// <summary>Source-generated log messages of the board (event ids 4100–4199). Never names or dossier data.</summary>
internal static partial class BoardLog
{
    [LoggerMessage(4100, LogLevel.Warning, "Board refresh failed; retrying at every poll (logged once until it recovers)")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(4101, LogLevel.Debug, "Board published at version {Version} with {Tickets} tickets of {Day}")]
    public static partial void Published(ILogger logger, long version, int tickets, DateOnly day);

    [LoggerMessage(4102, LogLevel.Information, "Supervisor {UserName} logged in to the board")]
    public static partial void LoggedIn(ILogger logger, string userName);

    [LoggerMessage(4103, LogLevel.Warning, "Failed board login for {UserName} ({Failures} in a row)")]
    public static partial void LoginFailed(ILogger logger, string userName, int failures);

    [LoggerMessage(4104, LogLevel.Warning, "Board login for {UserName} refused: locked until {Until}")]
    public static partial void LoginLocked(ILogger logger, string userName, DateTimeOffset until);

    [LoggerMessage(4105, LogLevel.Warning, "No supervisor account is configured (Hub:Board:Supervisors); nobody can log in to the board")]
    public static partial void NoSupervisors(ILogger logger);
}
