using CounterNode.Node.Devices.Display.RawLine;
using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Tests.Devices.Display;

public class RawLineTemplateTests
{
    [Fact]
    public void STX_address_number_ETX_board_frame()
    {
        // As written in appsettings.json: "\\x02{address:00}{number}\\x03".
        var template = RawLineTemplate.Parse("\\x02{address:00}{number}\\x03");

        Assert.Equal(new byte[] { 0x02, (byte)'0', (byte)'3', (byte)'A', (byte)'0', (byte)'1', (byte)'2', 0x03 }, template.Render("A012", 7, 3));
    }

    [Fact]
    public void ESC_Q_A_number_CR_board()
    {
        var template = RawLineTemplate.Parse("\\x1bQA{number}\\r");

        Assert.Equal(new byte[] { 0x1B, 0x51, 0x41, (byte)'B', (byte)'1', (byte)'0', (byte)'5', 0x0D }, template.Render("B105", 2, 2));
        Assert.Equal(template.Render("B105", 2, 2), RawLineTemplate.Parse("\\eQA{number}\\r").Render("B105", 2, 2));
    }

    [Fact]
    public void Control_characters_written_directly_pass_through()
    {
        // JSON "\u0002{number}\u0003" arrives as real control characters.
        var template = RawLineTemplate.Parse("\u0002{number}\u0003");

        Assert.Equal(new byte[] { 0x02, (byte)'7', 0x03 }, template.Render("7", 1, 1));
    }

    [Fact]
    public void Digits_counter_and_escaped_braces()
    {
        var template = RawLineTemplate.Parse("\\{{digits}\\}>{counter:000}\\\\\\n\\t\\0");

        Assert.Equal("{012}>003\\\n\t\0"u8.ToArray(), template.Render("A012", 3, 9));
    }

    [Fact]
    public void A_value_longer_than_its_zero_padded_places_is_an_error_not_a_cut()
    {
        var template = RawLineTemplate.Parse("\\x02{address:00}{counter:00}\\x03");

        Assert.Throws<DisplayTextOverflowException>(() => template.Render("A1", 123, 1));
        Assert.Throws<DisplayTextOverflowException>(() => template.Render("A1", 1, 100));
    }

    [Theory]
    [InlineData("{name}", "Unknown field")]
    [InlineData("{number", "Unclosed")]
    [InlineData("number}", "Unexpected '}'")]
    [InlineData("\\q", "Unknown escape")]
    [InlineData("\\x4", "two hex digits")]
    [InlineData("\\xZZ", "two hex digits")]
    [InlineData("abc\\", "lone")]
    [InlineData("{counter:0a}", "zeros only")]
    [InlineData("{counter:}", "zeros only")]
    [InlineData("Số {number}", "Non-ASCII")]
    public void Syntax_errors_say_what_is_wrong(string template, string expected)
    {
        var error = Assert.Throws<InvalidRawLineTemplateException>(() => RawLineTemplate.Parse(template));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
