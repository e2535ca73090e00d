using CounterNode.Shared.Errors;

namespace CounterNode.Hub.Calendar;

/// <summary>A calendar form or API call is missing a value or has one in the wrong shape; nothing changed.</summary>
public sealed class InvalidCalendarInputException(string field, string problem, string vietnamese)
    : DomainException(ErrorCode, $"Calendar input '{field}' {problem}", vietnamese)
{
    /// <summary>Stable code of this refusal.</summary>
    public const string ErrorCode = "calendar.invalid-input";

    /// <summary>The offending field (form field / JSON property name).</summary>
    public string Field { get; } = field;
}
