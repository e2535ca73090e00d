using System.Diagnostics.CodeAnalysis;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Codes;

/// <summary>
/// How one service numbers its tickets: its prefix (e.g. "A" for Tư pháp - Hộ tịch) and how many
/// digits are printed (3 by default, so 1–999 a day; up to 4 for busy services).
/// </summary>
public sealed record TicketNumberFormat
{
    /// <summary>Digits printed unless configured otherwise.</summary>
    public const int DefaultWidth = 3;

    /// <summary>Fewest digits a service may print.</summary>
    public const int MinWidth = 1;

    /// <summary>Most digits a service may print.</summary>
    public const int MaxWidth = 4;

    /// <summary>Longest service prefix.</summary>
    public const int MaxPrefixLength = 2;

    /// <summary>Creates a format.</summary>
    /// <exception cref="ArgumentException">The prefix is not 1–2 letters A–Z.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The width is not 1–4.</exception>
    public TicketNumberFormat(string prefix, int width = DefaultWidth)
    {
        ThrowIfInvalidPrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxWidth);
        Prefix = prefix;
        Width = width;
    }

    /// <summary>Service prefix, 1–2 upper-case letters A–Z.</summary>
    public string Prefix { get; }

    /// <summary>Digits printed.</summary>
    public int Width { get; }

    /// <summary>Largest number of a day (999 for width 3).</summary>
    public int MaxNumber => MaxNumberFor(Width);

    /// <summary>Largest number that fits <paramref name="width"/> digits.</summary>
    public static int MaxNumberFor(int width) => width switch
    {
        1 => 9,
        2 => 99,
        3 => 999,
        4 => 9999,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "Ticket numbers have 1 to 4 digits."),
    };

    /// <summary>True when <paramref name="prefix"/> is 1–2 upper-case letters A–Z.</summary>
    public static bool IsValidPrefix([NotNullWhen(true)] string? prefix)
    {
        if (prefix is null || prefix.Length is 0 or > MaxPrefixLength)
            return false;
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterUpper(c))
                return false;
        }

        return true;
    }

    /// <summary>The ticket with number <paramref name="number"/> of this service.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1..<see cref="MaxNumber"/>.</exception>
    public TicketNumber Create(int number) => new(Prefix, number, Width);

    /// <summary>Parses a ticket number of this service (prefix and width must match).</summary>
    /// <exception cref="TicketNumberFormatException">Malformed, or of another service or width.</exception>
    public TicketNumber Parse(string? text) =>
        TryParse(text, out var number, out var error) ? number : throw new TicketNumberFormatException(error);

    /// <summary>Parses a ticket number of this service without throwing.</summary>
    public bool TryParse(string? text, out TicketNumber number, [NotNullWhen(false)] out TicketNumberError? error)
    {
        if (!TicketNumber.TryParse(text, out number, out error))
            return false;
        if (!string.Equals(number.Prefix, Prefix, StringComparison.Ordinal))
            error = new TicketNumberError(TicketNumberErrorReason.PrefixMismatch, 0);
        else if (number.Width != Width)
            error = new TicketNumberError(TicketNumberErrorReason.WidthMismatch, Prefix.Length);
        if (error is null)
            return true;
        number = default;
        return false;
    }

    internal static void ThrowIfInvalidPrefix(string prefix, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(prefix))] string? paramName = null)
    {
        if (!IsValidPrefix(prefix))
            throw new ArgumentException("A service prefix is 1 to 2 upper-case letters A-Z.", paramName);
    }
}
