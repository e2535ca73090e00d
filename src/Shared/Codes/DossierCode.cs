using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Codes;

/// <summary>
/// A dossier code (<i>mã hồ sơ</i>, Điều 12.1.d): <c>{agency}-{yymmdd}-{sequence}</c>, e.g.
/// <c>000.00.00.H34-261126-0001</c>. Printed on the receipt (text, CODE128 and QR) and unique
/// center-wide: the sequence comes from the Hub online and from a leased reserve block offline.
/// </summary>
/// <remarks>
/// Parsing is strict: <see cref="Parse"/> and <see cref="TryParse"/> accept only the canonical
/// form that <see cref="Format"/> writes (upper case, no whitespace anywhere), so one code has
/// exactly one spelling. Scanners append CR and/or LF to what they read; <see cref="ParseScanned"/>
/// strips those (and nothing else) before parsing. Any other whitespace is an error, because a
/// code never contains it and silently trimming typed input hides keying mistakes.
/// The two-digit year means 2000–2099.
/// </remarks>
public readonly record struct DossierCode
{
    /// <summary>Smallest daily sequence.</summary>
    public const int MinSequence = 1;

    /// <summary>Largest daily sequence (4 digits on provincial systems).</summary>
    public const int MaxSequence = 9999;

    /// <summary>First reception date a two-digit year can express.</summary>
    public static readonly DateOnly MinDate = new(2000, 1, 1);

    /// <summary>Last reception date a two-digit year can express.</summary>
    public static readonly DateOnly MaxDate = new(2099, 12, 31);

    /// <summary>Creates a code from its parts.</summary>
    /// <exception cref="ArgumentException">The agency is <c>default</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 2000–2099 or the sequence outside 1–9999.</exception>
    public DossierCode(AgencyCode agency, DateOnly date, int sequence)
    {
        if (agency.Value.Length == 0)
            throw new ArgumentException("The agency code is required.", nameof(agency));
        ArgumentOutOfRangeException.ThrowIfLessThan(date, MinDate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(date, MaxDate);
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, MinSequence);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        Agency = agency;
        Date = date;
        Sequence = sequence;
    }

    /// <summary>The receiving agency.</summary>
    public AgencyCode Agency { get; }

    /// <summary>The reception date (center-local).</summary>
    public DateOnly Date { get; }

    /// <summary>The sequence number within the agency and day, 1–9999.</summary>
    public int Sequence { get; }

    /// <summary>The canonical text, e.g. <c>000.00.00.H34-261126-0001</c>.</summary>
    public string Format() =>
        Agency.Value.Length == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{Agency.Value}-{Date:yyMMdd}-{Sequence:0000}");

    /// <inheritdoc />
    public override string ToString() => Format();

    /// <summary>Parses the canonical form.</summary>
    /// <exception cref="DossierCodeFormatException">The text is not a dossier code; the exception names the part and reason.</exception>
    public static DossierCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new DossierCodeFormatException(error);

    /// <summary>Parses what a barcode scanner delivered: leading and trailing CR/LF are removed first.</summary>
    /// <exception cref="DossierCodeFormatException">The text is not a dossier code.</exception>
    public static DossierCode ParseScanned(string? text) => Parse(TrimLineEnds(text));

    /// <summary><see cref="ParseScanned"/> without throwing.</summary>
    public static bool TryParseScanned(string? text, out DossierCode code, [NotNullWhen(false)] out DossierCodeError? error) =>
        TryParse(TrimLineEnds(text), out code, out error);

    /// <summary>Parses the canonical form without throwing.</summary>
    public static bool TryParse(string? text, out DossierCode code) => TryParse(text, out code, out _);

    /// <summary>Parses the canonical form without throwing and says what is wrong.</summary>
    public static bool TryParse(string? text, out DossierCode code, [NotNullWhen(false)] out DossierCodeError? error)
    {
        code = default;
        error = TryParseCore(text, out var agency, out var date, out var sequence);
        if (error is not null)
            return false;
        code = new DossierCode(agency, date, sequence);
        return true;
    }

    private static DossierCodeError? TryParseCore(string? text, out AgencyCode agency, out DateOnly date, out int sequence)
    {
        agency = default;
        date = default;
        sequence = 0;

        if (string.IsNullOrWhiteSpace(text))
            return new DossierCodeError(DossierCodePart.Whole, DossierCodeErrorReason.Empty);

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
                return new DossierCodeError(DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace, i);
        }

        var firstDash = text.IndexOf('-', StringComparison.Ordinal);
        var secondDash = firstDash < 0 ? -1 : text.IndexOf('-', firstDash + 1);
        var thirdDash = secondDash < 0 ? -1 : text.IndexOf('-', secondDash + 1);
        if (firstDash < 0 || secondDash < 0 || thirdDash >= 0)
            return new DossierCodeError(DossierCodePart.Whole, DossierCodeErrorReason.WrongPartCount);

        var agencyText = text[..firstDash];
        var agencyError = AgencyCode.Validate(agencyText, 0);
        if (agencyError is not null)
            return agencyError;
        agency = AgencyCode.Parse(agencyText);

        var dateStart = firstDash + 1;
        var dateError = ParseDate(text.AsSpan(dateStart, secondDash - dateStart), dateStart, out date);
        if (dateError is not null)
            return dateError;

        var sequenceStart = secondDash + 1;
        return ParseSequence(text.AsSpan(sequenceStart), sequenceStart, out sequence);
    }

    private static DossierCodeError? ParseDate(ReadOnlySpan<char> part, int offset, out DateOnly date)
    {
        date = default;
        if (part.IsEmpty)
            return new DossierCodeError(DossierCodePart.Date, DossierCodeErrorReason.MissingPart, offset);
        for (var i = 0; i < part.Length; i++)
        {
            if (!char.IsAsciiDigit(part[i]))
                return new DossierCodeError(DossierCodePart.Date, DossierCodeErrorReason.NonDigit, offset + i);
        }

        if (part.Length != 6)
            return new DossierCodeError(DossierCodePart.Date, DossierCodeErrorReason.WrongLength, offset);

        var year = 2000 + Digits(part[..2]);
        var month = Digits(part[2..4]);
        var day = Digits(part[4..6]);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return new DossierCodeError(DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate, offset);

        date = new DateOnly(year, month, day);
        return null;
    }

    private static DossierCodeError? ParseSequence(ReadOnlySpan<char> part, int offset, out int sequence)
    {
        sequence = 0;
        if (part.IsEmpty)
            return new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.MissingPart, offset);

        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsAsciiDigit(part[i]))
                continue;
            // "0001X": the number itself is fine, something was appended (a scanner suffix,
            // a second code run together). Say so rather than "non-digit".
            return i == 4
                ? new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.TrailingCharacters, offset + i)
                : new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.NonDigit, offset + i);
        }

        if (part.Length > 4)
            return new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.TrailingCharacters, offset + 4);
        if (part.Length < 4)
            return new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.WrongLength, offset);

        sequence = Digits(part);
        return sequence == 0
            ? new DossierCodeError(DossierCodePart.Sequence, DossierCodeErrorReason.Zero, offset)
            : null;
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
            value = (value * 10) + (c - '0');
        return value;
    }

    private static string? TrimLineEnds(string? text) => text?.Trim(['\r', '\n']);
}
