using System.Globalization;

namespace CounterNode.Shared.Codes;

/// <summary>
/// Why a text is not a dossier code: which part and which rule. <see cref="Message"/> is English
/// for logs, <see cref="DisplayMessage"/> Vietnamese for screens. Neither repeats the input:
/// a scanner at a counter also reads citizens' ID cards, whose QR codes hold names and
/// addresses, so echoing what was scanned could leak personal data into logs.
/// </summary>
/// <param name="Part">The part at fault.</param>
/// <param name="Reason">The rule broken.</param>
/// <param name="Position">Zero-based index of the offending character in the whole text, when known.</param>
public sealed record DossierCodeError(DossierCodePart Part, DossierCodeErrorReason Reason, int? Position = null)
{
    /// <summary>Stable machine-readable code, e.g. <c>dossier-code.date.impossible-date</c>.</summary>
    public string Code => $"dossier-code.{Kebab(Part.ToString())}.{Kebab(Reason.ToString())}";

    /// <summary>English explanation for logs and API answers.</summary>
    public string Message => "Invalid dossier code: " + EnglishDetail +
        (Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (at character {p + 1})") : string.Empty) +
        ". Expected {agency}-{yymmdd}-{0001..9999}, e.g. 000.00.00.H34-261126-0001.";

    /// <summary>Vietnamese explanation for screens.</summary>
    public string DisplayMessage => "Mã hồ sơ không hợp lệ: " + VietnameseDetail +
        (Position is { } p ? string.Create(CultureInfo.InvariantCulture, $" (ký tự thứ {p + 1})") : string.Empty) +
        ". Mã đúng có dạng {mã cơ quan}-{yymmdd}-{số thứ tự 4 chữ số}, ví dụ 000.00.00.H34-261126-0001.";

    private string EnglishDetail => (Part, Reason) switch
    {
        (_, DossierCodeErrorReason.Empty) => "it is empty",
        (_, DossierCodeErrorReason.ContainsWhitespace) => "it contains whitespace",
        (_, DossierCodeErrorReason.WrongPartCount) => "it must have exactly three parts separated by '-'",
        (DossierCodePart.Agency, DossierCodeErrorReason.MissingPart) => "the agency identifier is missing",
        (DossierCodePart.Date, DossierCodeErrorReason.MissingPart) => "the date is missing",
        (DossierCodePart.Sequence, DossierCodeErrorReason.MissingPart) => "the sequence number is missing",
        (_, DossierCodeErrorReason.EmptySegment) => "the agency identifier has an empty segment (leading, trailing or doubled '.')",
        (_, DossierCodeErrorReason.TooManySegments) => string.Create(CultureInfo.InvariantCulture, $"the agency identifier has more than {AgencyCode.MaxSegments} segments"),
        (_, DossierCodeErrorReason.SegmentTooLong) => string.Create(CultureInfo.InvariantCulture, $"an agency identifier segment is longer than {AgencyCode.MaxSegmentLength} characters"),
        (_, DossierCodeErrorReason.LowerCase) => "the agency identifier contains lower-case letters (codes are upper case)",
        (_, DossierCodeErrorReason.InvalidCharacter) => "the agency identifier may contain only A-Z, 0-9 and '.'",
        (DossierCodePart.Date, DossierCodeErrorReason.WrongLength) => "the date must be 6 digits (yymmdd)",
        (DossierCodePart.Date, DossierCodeErrorReason.NonDigit) => "the date may contain only digits (yymmdd)",
        (_, DossierCodeErrorReason.ImpossibleDate) => "the date names no calendar day",
        (DossierCodePart.Sequence, DossierCodeErrorReason.WrongLength) => "the sequence number must be 4 digits",
        (DossierCodePart.Sequence, DossierCodeErrorReason.NonDigit) => "the sequence number may contain only digits",
        (_, DossierCodeErrorReason.Zero) => "the sequence number starts at 0001; 0000 is not used",
        (_, DossierCodeErrorReason.TrailingCharacters) => "there are extra characters after the 4-digit sequence number",
        _ => $"{Part} is invalid ({Reason})",
    };

    private string VietnameseDetail => (Part, Reason) switch
    {
        (_, DossierCodeErrorReason.Empty) => "chưa nhập mã",
        (_, DossierCodeErrorReason.ContainsWhitespace) => "mã có chứa khoảng trắng",
        (_, DossierCodeErrorReason.WrongPartCount) => "mã phải gồm đúng ba phần cách nhau bởi dấu '-'",
        (DossierCodePart.Agency, DossierCodeErrorReason.MissingPart) => "thiếu mã cơ quan",
        (DossierCodePart.Date, DossierCodeErrorReason.MissingPart) => "thiếu ngày tiếp nhận",
        (DossierCodePart.Sequence, DossierCodeErrorReason.MissingPart) => "thiếu số thứ tự",
        (_, DossierCodeErrorReason.EmptySegment) => "mã cơ quan có đoạn trống (dấu '.' ở đầu, cuối hoặc hai dấu liền nhau)",
        (_, DossierCodeErrorReason.TooManySegments) => string.Create(CultureInfo.InvariantCulture, $"mã cơ quan có quá {AgencyCode.MaxSegments} đoạn"),
        (_, DossierCodeErrorReason.SegmentTooLong) => string.Create(CultureInfo.InvariantCulture, $"một đoạn của mã cơ quan dài quá {AgencyCode.MaxSegmentLength} ký tự"),
        (_, DossierCodeErrorReason.LowerCase) => "mã cơ quan phải viết hoa",
        (_, DossierCodeErrorReason.InvalidCharacter) => "mã cơ quan chỉ gồm chữ A-Z, số 0-9 và dấu '.'",
        (DossierCodePart.Date, DossierCodeErrorReason.WrongLength) => "ngày tiếp nhận phải gồm 6 chữ số (yymmdd)",
        (DossierCodePart.Date, DossierCodeErrorReason.NonDigit) => "ngày tiếp nhận chỉ gồm chữ số (yymmdd)",
        (_, DossierCodeErrorReason.ImpossibleDate) => "ngày tiếp nhận không có thật trên lịch",
        (DossierCodePart.Sequence, DossierCodeErrorReason.WrongLength) => "số thứ tự phải gồm 4 chữ số",
        (DossierCodePart.Sequence, DossierCodeErrorReason.NonDigit) => "số thứ tự chỉ gồm chữ số",
        (_, DossierCodeErrorReason.Zero) => "số thứ tự bắt đầu từ 0001",
        (_, DossierCodeErrorReason.TrailingCharacters) => "có ký tự thừa sau số thứ tự",
        _ => "mã không đúng định dạng",
    };

    private static string Kebab(string pascal)
    {
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
                builder.Append('-');
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
