namespace CounterNode.Shared.Codes;

/// <summary>Why a dossier code (or one of its parts) was rejected.</summary>
public enum DossierCodeErrorReason
{
    /// <summary>Nothing but whitespace, or nothing at all.</summary>
    Empty,

    /// <summary>A space, tab, CR, LF or other whitespace inside or around the code.</summary>
    ContainsWhitespace,

    /// <summary>Not exactly three parts separated by '-'.</summary>
    WrongPartCount,

    /// <summary>A part is empty (e.g. "H34--0001").</summary>
    MissingPart,

    /// <summary>Agency: an empty dot-separated segment (leading, trailing or doubled dot).</summary>
    EmptySegment,

    /// <summary>Agency: more segments than <see cref="AgencyCode.MaxSegments"/>.</summary>
    TooManySegments,

    /// <summary>Agency: a segment longer than <see cref="AgencyCode.MaxSegmentLength"/>.</summary>
    SegmentTooLong,

    /// <summary>Agency: lower-case letters (codes are upper case).</summary>
    LowerCase,

    /// <summary>Agency: a character other than A–Z, 0–9 and '.'.</summary>
    InvalidCharacter,

    /// <summary>Date or sequence: not the required number of digits.</summary>
    WrongLength,

    /// <summary>Date or sequence: a character other than an ASCII digit.</summary>
    NonDigit,

    /// <summary>Date: six digits that name no calendar day (e.g. 260230).</summary>
    ImpossibleDate,

    /// <summary>Sequence: 0000; sequences start at 0001.</summary>
    Zero,

    /// <summary>Sequence: four digits followed by something else.</summary>
    TrailingCharacters,
}
