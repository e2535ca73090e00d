using CounterNode.Node.Devices.Voice;
using CounterNode.Node.Devices.Voice.Phrases;

namespace CounterNode.Node.Tests.Devices.Voice;

public class VoicePhraseTests
{
    [Theory]
    [InlineData(0, "không")]
    [InlineData(1, "một")]
    [InlineData(4, "bốn")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(14, "mười bốn")]
    [InlineData(15, "mười lăm")]
    [InlineData(20, "hai mươi")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(24, "hai mươi tư")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(99, "chín mươi chín")]
    [InlineData(100, "một trăm")]
    [InlineData(101, "một trăm linh một")]
    [InlineData(105, "một trăm linh năm")]
    [InlineData(110, "một trăm mười")]
    [InlineData(115, "một trăm mười lăm")]
    [InlineData(121, "một trăm hai mươi mốt")]
    [InlineData(999, "chín trăm chín mươi chín")]
    public void Counter_numbers_are_read_as_Vietnamese_cardinals(int number, string expected)
    {
        Assert.Equal(expected, VietnameseNumberWords.Cardinal(number));
    }

    [Theory]
    [InlineData("A012", 3, "Mời công dân có số thứ tự A không một hai đến quầy số ba")]
    [InlineData("B105", 12, "Mời công dân có số thứ tự bê một không năm đến quầy số mười hai")]
    [InlineData("0007", 1, "Mời công dân có số thứ tự không không không bảy đến quầy số một")]
    [InlineData("UT-21", 25, "Mời công dân có số thứ tự u tê hai một đến quầy số hai mươi lăm")]
    [InlineData("đ9", 4, "Mời công dân có số thứ tự đê chín đến quầy số bốn")]
    public void The_phrase_spells_the_ticket_and_reads_the_counter(string ticket, int counter, string expected)
    {
        Assert.Equal(expected, new VoicePhraseBuilder().Build(new VoiceCall(ticket, counter)));
    }

    [Fact]
    public void The_wording_is_configurable_but_needs_both_placeholders()
    {
        var custom = new VoicePhraseBuilder("Xin mời số {number} tới quầy {counter}");

        Assert.Equal("Xin mời số xê một tới quầy hai", custom.Build(new VoiceCall("C1", 2)));
        Assert.Throws<ArgumentException>(() => new VoicePhraseBuilder("Mời số {number}"));
    }

    [Theory]
    [InlineData("A#12", 1)]
    [InlineData("", 1)]
    [InlineData("--", 1)]
    [InlineData("A12", 0)]
    [InlineData("A12", 1000)]
    public void Unspeakable_calls_are_refused(string ticket, int counter)
    {
        Assert.ThrowsAny<ArgumentException>(() => new VoicePhraseBuilder().Build(new VoiceCall(ticket, counter)));
    }
}
