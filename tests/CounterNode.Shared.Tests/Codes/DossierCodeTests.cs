using System.Text.RegularExpressions;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CsCheck;

namespace CounterNode.Shared.Tests.Codes;

public class DossierCodeTests
{
    [Theory]
    [InlineData("H15.50.05.13-261008-0975", "H15.50.05.13", 2026, 10, 8, 975)]
    [InlineData("000.00.00.H34-261126-0001", "000.00.00.H34", 2026, 11, 26, 1)]
    [InlineData("H34-240229-9999", "H34", 2024, 2, 29, 9999)]
    [InlineData("A-000101-0010", "A", 2000, 1, 1, 10)]
    [InlineData("1.2.3.4.5.ABCDEFGH-991231-0100", "1.2.3.4.5.ABCDEFGH", 2099, 12, 31, 100)]
    public void Parses_the_examples_into_their_parts(string text, string agency, int year, int month, int day, int sequence)
    {
        var code = DossierCode.Parse(text);

        Assert.Equal(agency, code.Agency.Value);
        Assert.Equal(new DateOnly(year, month, day), code.Date);
        Assert.Equal(sequence, code.Sequence);
        Assert.Equal(text, code.Format());
        Assert.Equal(text, code.ToString());
    }

    [Fact]
    public void Any_valid_code_formats_and_parses_back_to_itself()
    {
        var shape = new Regex(@"^[A-Z0-9]{1,8}(\.[A-Z0-9]{1,8}){0,5}-\d{6}-\d{4}$", RegexOptions.CultureInvariant);
        CodeGens.Dossier.Sample(code =>
        {
            var text = code.Format();
            Assert.Matches(shape, text);
            Assert.True(DossierCode.TryParse(text, out var parsed, out var error), error?.Message);
            Assert.Equal(code, parsed);
            Assert.Equal(text, DossierCode.ParseScanned(text + "\r\n").Format());
        });
    }

    [Fact]
    public void Any_text_that_parses_is_the_canonical_spelling_of_its_code()
    {
        // Random texts built from the code alphabet plus troublemakers: parsing never throws
        // and accepts only texts that format back identically (one code, one spelling).
        var alphabet = Gen.Char["ABH0123456789.-- a\r\n\t0١"];
        alphabet.Array[0, 30].Select(a => new string(a)).Sample(text =>
        {
            if (DossierCode.TryParse(text, out var code, out var error))
                Assert.Equal(text, code.Format());
            else
                Assert.NotNull(error);
        });
    }

    public static TheoryData<string?, DossierCodePart, DossierCodeErrorReason> Malformed => new()
    {
        { null, DossierCodePart.Whole, DossierCodeErrorReason.Empty },
        { "", DossierCodePart.Whole, DossierCodeErrorReason.Empty },
        { "   ", DossierCodePart.Whole, DossierCodeErrorReason.Empty },
        { "\r\n", DossierCodePart.Whole, DossierCodeErrorReason.Empty },
        { " H34-261126-0001", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34-261126-0001 ", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34-261126-0001\r", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34 -261126-0001", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34-2611 26-0001", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34-261126-00\t01", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34\u00A0-261126-0001", DossierCodePart.Whole, DossierCodeErrorReason.ContainsWhitespace },
        { "H34", DossierCodePart.Whole, DossierCodeErrorReason.WrongPartCount },
        { "H34-261126", DossierCodePart.Whole, DossierCodeErrorReason.WrongPartCount },
        { "H34-261126-0001-0002", DossierCodePart.Whole, DossierCodeErrorReason.WrongPartCount },
        { "H34_261126_0001", DossierCodePart.Whole, DossierCodeErrorReason.WrongPartCount },
        { "-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.MissingPart },
        { "h34-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.LowerCase },
        { "000.00.00.h34-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.LowerCase },
        { ".H34-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.EmptySegment },
        { "H34.-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.EmptySegment },
        { "000..00.H34-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.EmptySegment },
        { "1.2.3.4.5.6.7-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.TooManySegments },
        { "ABCDEFGHI-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.SegmentTooLong },
        { "H3_4-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.InvalidCharacter },
        { "ĐH34-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.InvalidCharacter },
        { "H34/1-261126-0001", DossierCodePart.Agency, DossierCodeErrorReason.InvalidCharacter },
        { "H34--0001", DossierCodePart.Date, DossierCodeErrorReason.MissingPart },
        { "H34-26112-0001", DossierCodePart.Date, DossierCodeErrorReason.WrongLength },
        { "H34-2611260-0001", DossierCodePart.Date, DossierCodeErrorReason.WrongLength },
        { "H34-20261126-0001", DossierCodePart.Date, DossierCodeErrorReason.WrongLength },
        { "H34-26112A-0001", DossierCodePart.Date, DossierCodeErrorReason.NonDigit },
        { "H34-26/11/26-0001", DossierCodePart.Date, DossierCodeErrorReason.NonDigit },
        { "H34-２61126-0001", DossierCodePart.Date, DossierCodeErrorReason.NonDigit },
        { "H34-260230-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-250229-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-261301-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-260001-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-261100-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-260431-0001", DossierCodePart.Date, DossierCodeErrorReason.ImpossibleDate },
        { "H34-261126-", DossierCodePart.Sequence, DossierCodeErrorReason.MissingPart },
        { "H34-261126-001", DossierCodePart.Sequence, DossierCodeErrorReason.WrongLength },
        { "H34-261126-1", DossierCodePart.Sequence, DossierCodeErrorReason.WrongLength },
        { "H34-261126-0000", DossierCodePart.Sequence, DossierCodeErrorReason.Zero },
        { "H34-261126-00A1", DossierCodePart.Sequence, DossierCodeErrorReason.NonDigit },
        { "H34-261126-O001", DossierCodePart.Sequence, DossierCodeErrorReason.NonDigit },
        { "H34-261126-00012", DossierCodePart.Sequence, DossierCodeErrorReason.TrailingCharacters },
        { "H34-261126-0001X", DossierCodePart.Sequence, DossierCodeErrorReason.TrailingCharacters },
        { "H34-261126-0001#", DossierCodePart.Sequence, DossierCodeErrorReason.TrailingCharacters },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_codes_are_rejected_naming_the_part_and_reason(string? text, DossierCodePart part, DossierCodeErrorReason reason)
    {
        Assert.False(DossierCode.TryParse(text, out var code, out var error));
        Assert.Equal(default, code);
        Assert.Equal(part, error.Part);
        Assert.Equal(reason, error.Reason);

        var thrown = Assert.Throws<DossierCodeFormatException>(() => DossierCode.Parse(text));
        Assert.Equal(part, thrown.Part);
        Assert.Equal(reason, thrown.Reason);
        Assert.Equal(error.Code, thrown.Code);
        Assert.StartsWith("dossier-code.", thrown.Code, StringComparison.Ordinal);
        Assert.StartsWith("Invalid dossier code: ", thrown.Message, StringComparison.Ordinal);
        Assert.StartsWith("Mã hồ sơ không hợp lệ: ", thrown.DisplayMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reason_is_covered_by_the_table_and_has_its_own_wording()
    {
        var rows = Malformed.Select(r => ((DossierCodePart)r[1]!, (DossierCodeErrorReason)r[2]!)).ToList();
        Assert.Equal(Enum.GetValues<DossierCodeErrorReason>().Order(), rows.Select(r => r.Item2).Distinct().Order());
        foreach (var (part, reason) in rows)
        {
            var error = new DossierCodeError(part, reason);
            // The fallbacks of the wording switch must never be reached by a real error.
            Assert.DoesNotContain("is invalid (", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("không đúng định dạng", error.DisplayMessage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Error_messages_report_the_position_but_never_echo_the_input()
    {
        // A scanner also reads ID-card QR codes full of personal data; none of it may reach a log.
        const string scannedIdCard = "001099012345|NGUYEN-VAN-AN|01011990";
        Assert.False(DossierCode.TryParse(scannedIdCard, out _, out var error));
        Assert.DoesNotContain("NGUYEN", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("001099012345", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("NGUYEN", error.DisplayMessage, StringComparison.Ordinal);

        Assert.False(DossierCode.TryParse("H34-261126-00A1", out _, out var positioned));
        Assert.Equal(13, positioned.Position);
        Assert.Contains("at character 14", positioned.Message, StringComparison.Ordinal);
        Assert.Contains("ký tự thứ 14", positioned.DisplayMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("H34-261126-0001\r\n")]
    [InlineData("H34-261126-0001\n")]
    [InlineData("H34-261126-0001\r")]
    [InlineData("\r\nH34-261126-0001\r\n")]
    public void Scanned_input_loses_its_line_ends(string scanned)
    {
        Assert.Equal("H34-261126-0001", DossierCode.ParseScanned(scanned).Format());
        Assert.True(DossierCode.TryParseScanned(scanned, out var code, out _));
        Assert.Equal(1, code.Sequence);
    }

    [Theory]
    [InlineData(" H34-261126-0001\r\n")]
    [InlineData("H34-261126-0001\t\r\n")]
    [InlineData("H34-261126-0001 \n")]
    public void Scanned_input_keeps_other_whitespace_as_an_error(string scanned)
    {
        var ex = Assert.Throws<DossierCodeFormatException>(() => DossierCode.ParseScanned(scanned));
        Assert.Equal(DossierCodeErrorReason.ContainsWhitespace, ex.Reason);
    }

    [Fact]
    public void Constructor_refuses_parts_a_code_cannot_print()
    {
        var agency = AgencyCode.Parse("H34");
        var day = new DateOnly(2026, 11, 26);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode(agency, day, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode(agency, day, 10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode(agency, new DateOnly(1999, 12, 31), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode(agency, new DateOnly(2100, 1, 1), 1));
        Assert.Throws<ArgumentException>(() => new DossierCode(default, day, 1));
        Assert.Equal(string.Empty, default(DossierCode).Format());
    }

    [Fact]
    public void Codes_compare_by_value()
    {
        var a = DossierCode.Parse("H34-261126-0001");
        var b = new DossierCode(AgencyCode.Parse("H34"), new DateOnly(2026, 11, 26), 1);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.NotEqual(a, DossierCode.Parse("H34-261126-0002"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
