using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace CounterNode.Shared.Catalogue;

/// <summary>The one time-of-day format of the catalogue: 24-hour <c>HH:mm</c>.</summary>
public static class CatalogueTime
{
    /// <summary>The format string.</summary>
    public const string Format = "HH:mm";

    /// <summary>Parses <c>HH:mm</c>; false for anything else (no seconds, no AM/PM).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    /// <summary>Parses a value the catalogue already validated.</summary>
    /// <exception cref="FormatException">Not <c>HH:mm</c>.</exception>
    public static TimeOnly Parse(string text) =>
        TryParse(text, out var time) ? time : throw new FormatException($"'{text}' is not a time of day in {Format}.");

    /// <summary>Formats a time of day as <c>HH:mm</c>.</summary>
    public static string ToText(TimeOnly time) => time.ToString(Format, CultureInfo.InvariantCulture);
}
