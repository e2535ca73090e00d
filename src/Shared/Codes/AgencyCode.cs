using System.Diagnostics.CodeAnalysis;
using CounterNode.Shared.Errors;

namespace CounterNode.Shared.Codes;

/// <summary>
/// The identifier of a receiving agency from the national agency code list, the first part of a
/// dossier code: <c>000.00.00.H34</c> (a provincial center), <c>H15.50.05.13</c>, or just
/// <c>H34</c>.
/// </summary>
/// <remarks>
/// Grammar accepted (deliberately a little wider than today's list, which has used both 3- and
/// 4-segment forms, so a renumbering does not need a release):
/// <code>
/// agency  = segment *( "." segment )      ; 1 to 6 segments
/// segment = 1*8( %x41-5A / %x30-39 )      ; A-Z and 0-9, upper case only
/// </code>
/// Lower case is refused rather than folded: printed and scanned codes are upper case, and two
/// spellings of one code would break uniqueness checks done by string comparison.
/// </remarks>
public readonly record struct AgencyCode
{
    /// <summary>Most dot-separated segments accepted.</summary>
    public const int MaxSegments = 6;

    /// <summary>Longest segment accepted.</summary>
    public const int MaxSegmentLength = 8;

    private readonly string? _value;

    private AgencyCode(string value) => _value = value;

    /// <summary>The identifier text (empty for <c>default</c>).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Parses an agency identifier.</summary>
    /// <exception cref="DossierCodeFormatException">The text breaks the grammar; the error has <see cref="DossierCodePart.Agency"/>.</exception>
    public static AgencyCode Parse(string? text) =>
        TryParse(text, out var code, out var error) ? code : throw new DossierCodeFormatException(error);

    /// <summary>Parses an agency identifier without throwing.</summary>
    public static bool TryParse(string? text, out AgencyCode code, [NotNullWhen(false)] out DossierCodeError? error)
    {
        code = default;
        error = Validate(text, 0);
        if (error is not null)
            return false;
        code = new AgencyCode(text!);
        return true;
    }

    /// <summary>True when the text is a valid identifier.</summary>
    public static bool IsValid(string? text) => Validate(text, 0) is null;

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Checks the grammar; <paramref name="offset"/> shifts reported positions (for use inside a dossier code).</summary>
    internal static DossierCodeError? Validate(string? text, int offset)
    {
        if (string.IsNullOrEmpty(text))
            return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.MissingPart, offset);

        var segments = 1;
        var segmentLength = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (segmentLength == 0)
                    return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.EmptySegment, offset + i);
                segments++;
                segmentLength = 0;
                if (segments > MaxSegments)
                    return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.TooManySegments, offset + i);
                continue;
            }

            if (char.IsAsciiLetterLower(c))
                return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.LowerCase, offset + i);
            if (char.IsWhiteSpace(c))
                return new DossierCodeError(DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace, offset + i);
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
                return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.InvalidCharacter, offset + i);

            segmentLength++;
            if (segmentLength > MaxSegmentLength)
                return new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.SegmentTooLong, offset + i);
        }

        return segmentLength == 0
            ? new DossierCodeError(DossierCodePart.Agency, DossierCodeErrorReason.EmptySegment, offset + text.Length - 1)
            : null;
    }
}
