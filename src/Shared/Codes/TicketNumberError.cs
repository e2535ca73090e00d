using System.Globalization;

namespace CounterNode.Shared.Codes;

/// <summary>
/// Why a text is not a (valid) ticket number. <see cref="Message"/> is English for logs,
/// <see cref="DisplayMessage"/> Vietnamese for screens; neither repeats the input.
/// </summary>
/// <param name="Reason">The rule broken.</param>
/// <param name="Position">Zero-based index of the offending character, when known.</param>
public sealed record TicketNumberError(TicketNumberErrorReason Reason, int? Position = null)
{
    /// <summary>Stable machine-readable code, e.g. <c>ticket-number.prefix-mismatch</c>.</summary>
    public string Code => "ticket-number." + Reason switch
    {
        TicketNumberErrorReason.Empty => "empty",
        TicketNumberErrorReason.ContainsWhitespace => "contains-whitespace",
        TicketNumberErrorReason.MissingPrefix => "missing-prefix",
        TicketNumberErrorReason.PrefixTooLong => "prefix-too-long",
        TicketNumberErrorReason.LowerCase => "lower-case",
        TicketNumberErrorReason.InvalidCharacter => "invalid-character",
        TicketNumberErrorReason.MissingNumber => "missing-number",
        TicketNumberErrorReason.NonDigit => "non-digit",
        TicketNumberErrorReason.NumberTooLong => "number-too-long",
        TicketNumberErrorReason.Zero => "zero",
        TicketNumberErrorReason.PrefixMismatch => "prefix-mismatch",
        TicketNumberErrorReason.WidthMismatch => "width-mismatch",
        _ => "invalid",
    };

    /// <summary>English explanation.</summary>
    public string Message => "Invalid ticket number: " + Reason switch
    {
        TicketNumberErrorReason.Empty => "it is empty",
        TicketNumberErrorReason.ContainsWhitespace => "it contains whitespace",
        TicketNumberErrorReason.MissingPrefix => "it must start with the service letter(s)",
        TicketNumberErrorReason.PrefixTooLong => "the service prefix has more than 2 letters",
        TicketNumberErrorReason.LowerCase => "the service prefix must be upper case",
        TicketNumberErrorReason.InvalidCharacter => "the service prefix may contain only the letters A-Z",
        TicketNumberErrorReason.MissingNumber => "the digits are missing",
        TicketNumberErrorReason.NonDigit => "only digits may follow the prefix",
        TicketNumberErrorReason.NumberTooLong => "it has more than 4 digits",
        TicketNumberErrorReason.Zero => "numbers start at 1",
        TicketNumberErrorReason.PrefixMismatch => "it belongs to another service",
        TicketNumberErrorReason.WidthMismatch => "it does not have the service's number of digits",
        _ => "unknown reason",
    } + (Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (at character {p + 1})") : string.Empty) + ".";

    /// <summary>Vietnamese explanation.</summary>
    public string DisplayMessage => "Số thứ tự không hợp lệ: " + Reason switch
    {
        TicketNumberErrorReason.Empty => "chưa nhập số",
        TicketNumberErrorReason.ContainsWhitespace => "có chứa khoảng trắng",
        TicketNumberErrorReason.MissingPrefix => "phải bắt đầu bằng chữ cái của dịch vụ",
        TicketNumberErrorReason.PrefixTooLong => "chữ cái đầu của dịch vụ có quá 2 ký tự",
        TicketNumberErrorReason.LowerCase => "chữ cái đầu phải viết hoa",
        TicketNumberErrorReason.InvalidCharacter => "chữ cái đầu chỉ gồm các chữ A-Z",
        TicketNumberErrorReason.MissingNumber => "thiếu phần số",
        TicketNumberErrorReason.NonDigit => "sau chữ cái chỉ được có chữ số",
        TicketNumberErrorReason.NumberTooLong => "có quá 4 chữ số",
        TicketNumberErrorReason.Zero => "số thứ tự bắt đầu từ 1",
        TicketNumberErrorReason.PrefixMismatch => "số thuộc dịch vụ khác",
        TicketNumberErrorReason.WidthMismatch => "số chữ số không đúng với dịch vụ",
        _ => "không đúng định dạng",
    } + (Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (ký tự thứ {p + 1})") : string.Empty) + ".";
}
