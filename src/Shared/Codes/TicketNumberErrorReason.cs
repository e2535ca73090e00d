namespace CounterNode.Shared.Codes;

/// <summary>Why a text is not a ticket number.</summary>
public enum TicketNumberErrorReason
{
    /// <summary>Nothing but whitespace, or nothing at all.</summary>
    Empty,

    /// <summary>Whitespace inside or around the number.</summary>
    ContainsWhitespace,

    /// <summary>No letter before the digits.</summary>
    MissingPrefix,

    /// <summary>More than <see cref="TicketNumberFormat.MaxPrefixLength"/> letters.</summary>
    PrefixTooLong,

    /// <summary>Lower-case letters in the prefix.</summary>
    LowerCase,

    /// <summary>A character other than A–Z in the prefix (including Vietnamese letters such as Đ).</summary>
    InvalidCharacter,

    /// <summary>No digits after the prefix.</summary>
    MissingNumber,

    /// <summary>A non-digit among the digits.</summary>
    NonDigit,

    /// <summary>More than <see cref="TicketNumberFormat.MaxWidth"/> digits.</summary>
    NumberTooLong,

    /// <summary>All digits zero; numbers start at 1.</summary>
    Zero,

    /// <summary>Well formed, but the prefix is not the service's.</summary>
    PrefixMismatch,

    /// <summary>Well formed, but the number of digits is not the service's width.</summary>
    WidthMismatch,
}
