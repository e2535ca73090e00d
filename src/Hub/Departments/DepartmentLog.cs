namespace CounterNode.Hub.Departments;

/// <summary>Source-generated log messages of the department page (event ids 4350–4399). Codes and user names only: never applicants.</summary>
internal static partial class DepartmentLog
{
    [LoggerMessage(4350, LogLevel.Information, "Department user {UserName} of {Department} logged in")]
    public static partial void LoggedIn(ILogger logger, string userName, string department);

    [LoggerMessage(4351, LogLevel.Warning, "Failed department login for {UserName} ({Failures} in a row)")]
    public static partial void LoginFailed(ILogger logger, string userName, int failures);

    [LoggerMessage(4352, LogLevel.Warning, "Department login for {UserName} refused: locked until {Until}")]
    public static partial void LoginLocked(ILogger logger, string userName, DateTimeOffset until);

    [LoggerMessage(4353, LogLevel.Information, "Department {Department} ({UserName}): {Action} on dossier {Code}")]
    public static partial void ActionDone(ILogger logger, string department, string userName, string action, string code);

    [LoggerMessage(4354, LogLevel.Information, "Department {Department} ({UserName}): {Action} on dossier {Code} refused ({ReasonCode})")]
    public static partial void ActionRefused(ILogger logger, string department, string userName, string action, string code, string reasonCode);
}
