using System.Text;
using CounterNode.Node.Devices.Scanning;
using CsCheck;

namespace CounterNode.Node.Tests.Devices.Scanning;

public class ScanLineAssemblerTests
{
    private static readonly ScanValidationSettings Settings = new(64, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), AsciiOnly: false);

    [Theory]
    [InlineData("H34-261008-0975\r")]
    [InlineData("H34-261008-0975\r\n")]
    [InlineData("H34-261008-0975\n")]
    public void CR_LF_or_CR_LF_end_a_scan_and_yield_exactly_one_result(string input)
    {
        var results = Feed(Encoding.ASCII.GetBytes(input));

        var accepted = Assert.IsType<ScanAccepted>(Assert.Single(results));
        Assert.Equal("H34-261008-0975", accepted.Text);
    }

    [Fact]
    public void Empty_lines_are_no_scans()
    {
        Assert.Empty(Feed("\r\n\r\n\n\r"u8.ToArray()));
    }

    [Fact]
    public void Every_clean_printable_line_comes_back_unchanged()
    {
        Gen.String[Gen.Char['!', '~'], 1, 64].Sample(text =>
        {
            var results = Feed(Encoding.ASCII.GetBytes(text + "\r\n"));
            Assert.Equal(text, Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
        });
    }

    [Fact]
    public void An_ID_card_QR_with_Vietnamese_UTF8_is_accepted()
    {
        var text = "001099012345|123456789|Nguyễn Văn An|01011990|Nam|Thôn 1, Xã Đăk Blà, Kon Tum|01012021";
        var results = Feed([.. Encoding.UTF8.GetBytes(text), 0x0D], ScanValidationSettings.Default);

        Assert.Equal(text, Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
    }

    [Fact]
    public void Non_ASCII_is_rejected_when_the_scanner_is_ASCII_only()
    {
        var results = Feed([.. Encoding.UTF8.GetBytes("Số 12"), 0x0D], Settings with { AsciiOnly = true });

        Assert.Equal(ScanRejectReason.NonAscii, Assert.IsType<ScanRejected>(Assert.Single(results)).Reason);
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x01, 0x42, 0x0D }, ScanRejectReason.ControlCharacter)]
    [InlineData(new byte[] { 0x41, 0x09, 0x42, 0x0D }, ScanRejectReason.ControlCharacter)]
    [InlineData(new byte[] { 0x41, 0x1B, 0x0D }, ScanRejectReason.ControlCharacter)]
    [InlineData(new byte[] { 0x41, 0xFF, 0xFE, 0x42, 0x0D }, ScanRejectReason.InvalidEncoding)]
    [InlineData(new byte[] { 0xC3, 0x0D }, ScanRejectReason.InvalidEncoding)]
    [InlineData(new byte[] { 0x41, 0xC2, 0x85, 0x0D }, ScanRejectReason.ControlCharacter)]
    [InlineData(new byte[] { 0x41, 0xEE, 0x80, 0x80, 0x0D }, ScanRejectReason.ControlCharacter)]
    public void Garbled_bytes_reject_the_scan(byte[] input, ScanRejectReason reason)
    {
        var rejected = Assert.IsType<ScanRejected>(Assert.Single(Feed(input)));

        Assert.Equal(reason, rejected.Reason);
        Assert.False(string.IsNullOrWhiteSpace(rejected.DisplayMessage));
    }

    [Fact]
    public void A_line_over_the_maximum_is_rejected_whole_and_the_next_scan_is_clean()
    {
        var results = Feed([.. Enumerable.Repeat((byte)'7', 65), 0x0D, .. "OK1\r"u8.ToArray()]);

        Assert.Equal(2, results.Count);
        Assert.Equal(ScanRejectReason.TooLong, Assert.IsType<ScanRejected>(results[0]).Reason);
        Assert.Equal("OK1", Assert.IsType<ScanAccepted>(results[1]).Text);
    }

    [Fact]
    public void A_line_of_exactly_the_maximum_is_accepted()
    {
        var results = Feed([.. Enumerable.Repeat((byte)'7', 64), 0x0D]);

        Assert.Equal(64, Assert.IsType<ScanAccepted>(Assert.Single(results)).Text.Length);
    }

    [Fact]
    public void A_long_pause_splits_a_scan_and_both_pieces_are_rejected_as_partial()
    {
        var assembler = new ScanLineAssembler(Settings);
        var results = new List<ScanResult>();
        var t = TimeSpan.FromSeconds(10);
        foreach (var b in "H34-2610"u8)
        {
            assembler.Byte(b, t, results);
            t += TimeSpan.FromMilliseconds(3);
        }

        t += TimeSpan.FromMilliseconds(150);
        foreach (var b in "08-0975\r"u8)
        {
            assembler.Byte(b, t, results);
            t += TimeSpan.FromMilliseconds(3);
        }

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(ScanRejectReason.Partial, Assert.IsType<ScanRejected>(r).Reason));
    }

    [Fact]
    public void A_clean_scan_after_the_quiet_time_is_accepted_again()
    {
        var assembler = new ScanLineAssembler(Settings);
        var results = new List<ScanResult>();
        assembler.Byte((byte)'H', TimeSpan.FromSeconds(1), results);
        var partial = assembler.Expire();

        foreach (var b in "H34\r"u8)
        {
            assembler.Byte(b, TimeSpan.FromSeconds(2), results);
        }

        Assert.Equal(ScanRejectReason.Partial, partial?.Reason);
        Assert.Equal("H34", Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
    }

    [Fact]
    public void Expire_with_nothing_pending_is_nothing()
    {
        var assembler = new ScanLineAssembler(Settings);

        Assert.Null(assembler.Expire());
        Assert.False(assembler.HasPending);
    }

    [Fact]
    public void Pauses_within_the_timeout_do_not_split()
    {
        Gen.Int[0, 100].Array[1, 30].Sample(gapsMs =>
        {
            var assembler = new ScanLineAssembler(Settings);
            var results = new List<ScanResult>();
            var t = TimeSpan.Zero;
            foreach (var gap in gapsMs)
            {
                t += TimeSpan.FromMilliseconds(gap);
                assembler.Byte((byte)'5', t, results);
            }

            assembler.Byte(0x0D, t, results);
            Assert.Equal(new string('5', gapsMs.Length), Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
        });
    }

    private static List<ScanResult> Feed(byte[] input, ScanValidationSettings? settings = null)
    {
        var assembler = new ScanLineAssembler(settings ?? Settings);
        var results = new List<ScanResult>();
        foreach (var b in input)
        {
            assembler.Byte(b, TimeSpan.Zero, results);
        }

        return results;
    }
}
