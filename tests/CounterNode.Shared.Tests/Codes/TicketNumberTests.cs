using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CsCheck;

namespace CounterNode.Shared.Tests.Codes;

public class TicketNumberTests
{
    [Theory]
    [InlineData("A", 12, 3, "A012")]
    [InlineData("A", 1, 3, "A001")]
    [InlineData("B", 999, 3, "B999")]
    [InlineData("CD", 7, 4, "CD0007")]
    [InlineData("E", 5, 1, "E5")]
    public void Formats_with_the_service_width(string prefix, int number, int width, string expected)
    {
        var format = new TicketNumberFormat(prefix, width);
        Assert.Equal(expected, format.Create(number).Format());
        Assert.Equal(expected, new TicketNumber(prefix, number, width).ToString());
    }

    [Fact]
    public void Default_width_is_three_digits_up_to_999()
    {
        var format = new TicketNumberFormat("A");
        Assert.Equal(3, format.Width);
        Assert.Equal(999, format.MaxNumber);
        Assert.Throws<ArgumentOutOfRangeException>(() => format.Create(1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => format.Create(0));
    }

    [Fact]
    public void Any_valid_ticket_number_round_trips()
    {
        CodeGens.TicketNumber.Sample(number =>
        {
            var text = number.Format();
            Assert.Equal(number.Prefix.Length + number.Width, text.Length);
            Assert.Equal(number, TicketNumber.Parse(text));
            Assert.Equal(number, new TicketNumberFormat(number.Prefix, number.Width).Parse(text));
        });
    }

    [Theory]
    [InlineData(null, TicketNumberErrorReason.Empty)]
    [InlineData("", TicketNumberErrorReason.Empty)]
    [InlineData("  ", TicketNumberErrorReason.Empty)]
    [InlineData(" A012", TicketNumberErrorReason.ContainsWhitespace)]
    [InlineData("A012\r\n", TicketNumberErrorReason.ContainsWhitespace)]
    [InlineData("A 012", TicketNumberErrorReason.ContainsWhitespace)]
    [InlineData("012", TicketNumberErrorReason.MissingPrefix)]
    [InlineData("ABC012", TicketNumberErrorReason.PrefixTooLong)]
    [InlineData("a012", TicketNumberErrorReason.LowerCase)]
    [InlineData("Ab012", TicketNumberErrorReason.LowerCase)]
    [InlineData("Đ012", TicketNumberErrorReason.InvalidCharacter)]
    [InlineData("A-012", TicketNumberErrorReason.InvalidCharacter)]
    [InlineData("#012", TicketNumberErrorReason.InvalidCharacter)]
    [InlineData("A", TicketNumberErrorReason.MissingNumber)]
    [InlineData("AB", TicketNumberErrorReason.MissingNumber)]
    [InlineData("A01B", TicketNumberErrorReason.NonDigit)]
    [InlineData("A012X", TicketNumberErrorReason.NonDigit)]
    [InlineData("A０12", TicketNumberErrorReason.InvalidCharacter)]
    [InlineData("A01２", TicketNumberErrorReason.NonDigit)]
    [InlineData("A00012", TicketNumberErrorReason.NumberTooLong)]
    [InlineData("A000", TicketNumberErrorReason.Zero)]
    [InlineData("A0", TicketNumberErrorReason.Zero)]
    public void Malformed_numbers_are_rejected_with_the_reason(string? text, TicketNumberErrorReason reason)
    {
        Assert.False(TicketNumber.TryParse(text, out var number, out var error));
        Assert.Equal(default, number);
        Assert.Equal(reason, error.Reason);
        var ex = Assert.Throws<TicketNumberFormatException>(() => TicketNumber.Parse(text));
        Assert.Equal(reason, ex.Reason);
        Assert.StartsWith("ticket-number.", ex.Code, StringComparison.Ordinal);
        Assert.StartsWith("Số thứ tự không hợp lệ: ", ex.DisplayMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown reason", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B012", TicketNumberErrorReason.PrefixMismatch)]
    [InlineData("AB012", TicketNumberErrorReason.PrefixMismatch)]
    [InlineData("A12", TicketNumberErrorReason.WidthMismatch)]
    [InlineData("A0012", TicketNumberErrorReason.WidthMismatch)]
    [InlineData("a012", TicketNumberErrorReason.LowerCase)]
    public void A_service_accepts_only_its_own_prefix_and_width(string text, TicketNumberErrorReason reason)
    {
        var format = new TicketNumberFormat("A");
        Assert.False(format.TryParse(text, out var number, out var error));
        Assert.Equal(default, number);
        Assert.Equal(reason, error.Reason);
        Assert.Equal(reason, Assert.Throws<TicketNumberFormatException>(() => format.Parse(text)).Reason);
        Assert.Equal(new TicketNumber("A", 12), format.Parse("A012"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("ABC")]
    [InlineData("Đ")]
    [InlineData("1")]
    public void Invalid_prefixes_are_refused_by_the_format(string prefix)
    {
        Assert.False(TicketNumberFormat.IsValidPrefix(prefix));
        Assert.Throws<ArgumentException>(() => new TicketNumberFormat(prefix));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Widths_outside_one_to_four_are_refused(int width) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TicketNumberFormat("A", width));
}
