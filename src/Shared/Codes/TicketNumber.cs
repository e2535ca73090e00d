using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Codes;

/// <summary>
/// A queue ticket number (<i>số thứ tự</i>) as printed and called: the service prefix and a
/// zero-padded number, e.g. <c>A012</c>. The width is part of the value because it is part of
/// what is printed and spoken: <c>A012</c> (width 3) and <c>A0012</c> (width 4) are different
/// texts, and a service's width is fixed by its <see cref="TicketNumberFormat"/>.
/// </summary>
public readonly record struct TicketNumber
{
    /// <summary>Creates a ticket number.</summary>
    /// <exception cref="ArgumentException">The prefix is not 1–2 letters A–Z.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The width is not 1–4 or the number does not fit it.</exception>
    public TicketNumber(string prefix, int number, int width = TicketNumberFormat.DefaultWidth)
    {
        TicketNumberFormat.ThrowIfInvalidPrefix(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, TicketNumberFormat.MinWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, TicketNumberFormat.MaxWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, TicketNumberFormat.MaxNumberFor(width));
        Prefix = prefix;
        Number = number;
        Width = width;
    }

    /// <summary>Service prefix, 1–2 upper-case letters.</summary>
    public string Prefix { get; }

    /// <summary>The number, 1 and up.</summary>
    public int Number { get; }

    /// <summary>How many digits are printed.</summary>
    public int Width { get; }

    /// <summary>The printed text, e.g. <c>A012</c>.</summary>
    public string Format() =>
        Prefix is null ? string.Empty : Prefix + Number.ToString("D" + Width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Format();

    /// <summary>Parses any well-formed ticket number; the width is the number of digits given.</summary>
    /// <exception cref="TicketNumberFormatException">Malformed.</exception>
    public static TicketNumber Parse(string? text) =>
        TryParse(text, out var number, out var error) ? number : throw new TicketNumberFormatException(error);

    /// <summary>Parses any well-formed ticket number without throwing.</summary>
    public static bool TryParse(string? text, out TicketNumber number, [NotNullWhen(false)] out TicketNumberError? error)
    {
        number = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new TicketNumberError(TicketNumberErrorReason.Empty);
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                error = new TicketNumberError(TicketNumberErrorReason.ContainsWhitespace, i);
                return false;
            }
        }

        var prefixLength = 0;
        while (prefixLength < text.Length && !char.IsAsciiDigit(text[prefixLength]))
        {
            var c = text[prefixLength];
            if (char.IsAsciiLetterLower(c))
            {
                error = new TicketNumberError(TicketNumberErrorReason.LowerCase, prefixLength);
                return false;
            }

            if (!char.IsAsciiLetterUpper(c))
            {
                error = new TicketNumberError(TicketNumberErrorReason.InvalidCharacter, prefixLength);
                return false;
            }

            prefixLength++;
        }

        if (prefixLength == 0)
        {
            error = new TicketNumberError(TicketNumberErrorReason.MissingPrefix, 0);
            return false;
        }

        if (prefixLength > TicketNumberFormat.MaxPrefixLength)
        {
            error = new TicketNumberError(TicketNumberErrorReason.PrefixTooLong, TicketNumberFormat.MaxPrefixLength);
            return false;
        }

        var digits = text.AsSpan(prefixLength);
        if (digits.IsEmpty)
        {
            error = new TicketNumberError(TicketNumberErrorReason.MissingNumber, prefixLength);
            return false;
        }

        var value = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                error = new TicketNumberError(TicketNumberErrorReason.NonDigit, prefixLength + i);
                return false;
            }

            if (i < TicketNumberFormat.MaxWidth)
                value = (value * 10) + (digits[i] - '0');
        }

        if (digits.Length > TicketNumberFormat.MaxWidth)
        {
            error = new TicketNumberError(TicketNumberErrorReason.NumberTooLong, prefixLength + TicketNumberFormat.MaxWidth);
            return false;
        }

        if (value == 0)
        {
            error = new TicketNumberError(TicketNumberErrorReason.Zero, prefixLength);
            return false;
        }

        error = null;
        number = new TicketNumber(text[..prefixLength], value, digits.Length);
        return true;
    }
}
