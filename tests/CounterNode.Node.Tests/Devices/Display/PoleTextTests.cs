using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Display.Text;
using CsCheck;

namespace CounterNode.Node.Tests.Devices.Display;

public class PoleTextTests
{
    [Theory]
    [InlineData("Quầy 3", "Quay 3")]
    [InlineData("Đến quầy", "Den quay")]
    [InlineData("Mời số", "Moi so")]
    [InlineData("Xin kính chào", "Xin kinh chao")]
    [InlineData("Trung tâm Phục vụ hành chính công", "Trung tam Phuc vu hanh chinh cong")]
    [InlineData("ỨNG DỤNG ĐƯỢC", "UNG DUNG DUOC")]
    [InlineData("giá 5€", "gia 5?")]
    public void Vietnamese_is_folded_to_ASCII_for_the_device(string text, string expected)
    {
        Assert.Equal(expected, AsciiTransliterator.ToAscii(text));
    }

    [Fact]
    public void Folding_always_gives_printable_ASCII_of_the_same_length_for_Vietnamese_letters()
    {
        var vietnamese = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ";
        Gen.String[Gen.Char[vietnamese + vietnamese.ToUpperInvariant() + "0123456789"], 0, 40].Sample(text =>
        {
            var ascii = AsciiTransliterator.ToAscii(text);
            Assert.True(AsciiTransliterator.IsPrintableAscii(ascii), ascii);
            Assert.Equal(text.Length, ascii.Length);
            Assert.DoesNotContain(AsciiTransliterator.Replacement, ascii);
        });
    }

    [Fact]
    public void Label_and_value_is_exactly_20_columns_and_ends_with_the_whole_value()
    {
        Gen.Select(Gen.String[Gen.Char['!', '~'], 1, 20], Gen.String[Gen.Char[" abcdeđêơ"], 0, 30]).Sample((value, label) =>
        {
            var line = PoleTextFitter.LabelAndValue(label, value, 20);
            Assert.Equal(20, line.Length);
            Assert.EndsWith(value, line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_value_wider_than_the_line_is_an_error_not_a_cut()
    {
        var error = Assert.Throws<DisplayTextOverflowException>(() => PoleTextFitter.LabelAndValue("Mời số", new string('9', 21), 20));
        Assert.Contains("21", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_label_gives_way_to_the_number()
    {
        Assert.Equal("Moi cong dan co  A12", PoleTextFitter.LabelAndValue("Mời công dân có số thứ tự", "A12", 20));
        Assert.Equal("S 123456789", PoleTextFitter.LabelAndValue("Số", "123456789", 11));
        Assert.Equal("12345678901234567890", PoleTextFitter.LabelAndValue("Số", "12345678901234567890", 20));
    }

    [Fact]
    public void A_number_with_characters_that_have_no_ASCII_form_is_refused()
    {
        Assert.Throws<DisplayTextOverflowException>(() => PoleTextFitter.ValueToAscii("A€12"));
    }

    [Fact]
    public void Call_layout_puts_number_and_counter_right_aligned_under_Vietnamese_labels()
    {
        var layout = new PoleScreenLayout("Mời số", "Đến quầy", "Quầy {counter}", "Xin kính chào");

        var lines = layout.Call(new DisplayCall("A012", 3));

        Assert.Equal("Moi so          A012", lines.Upper);
        Assert.Equal("Den quay           3", lines.Lower);
    }

    [Fact]
    public void Idle_layout_centres_and_fills_in_the_counter()
    {
        var layout = new PoleScreenLayout("Mời số", "Đến quầy", "Quầy {counter}", "Xin kính chào");

        var lines = layout.Idle(12);

        Assert.Equal("      Quay 12       ", lines.Upper);
        Assert.Equal("   Xin kinh chao    ", lines.Lower);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("A012", 0)]
    [InlineData("A012", 1000)]
    public void A_call_without_number_or_with_a_bad_counter_is_refused(string number, int counter)
    {
        var layout = new PoleScreenLayout("a", "b", "c", "d");
        Assert.ThrowsAny<ArgumentException>(() => layout.Call(new DisplayCall(number, counter)));
    }
}
