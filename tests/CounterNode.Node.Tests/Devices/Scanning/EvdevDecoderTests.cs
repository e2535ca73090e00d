using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Scanning.Evdev;
using CsCheck;

namespace CounterNode.Node.Tests.Devices.Scanning;

/// <summary>The evdev decoding path in memory: records, key map, shift, Enter, garbling.</summary>
public class EvdevDecoderTests
{
    private static readonly ScanValidationSettings Settings = new(64, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), AsciiOnly: false);

    [Fact]
    public void A_record_is_24_bytes_little_endian_and_round_trips()
    {
        Gen.Select(Gen.Long[0, 4_000_000_000L], Gen.Int[0, 999_999], Gen.UShort, Gen.UShort, Gen.Int).Sample((sec, usec, type, code, value) =>
        {
            var e = new InputEvent(TimeSpan.FromSeconds(sec) + TimeSpan.FromMicroseconds(usec), type, code, value);
            var bytes = new byte[InputEvent.Size];
            e.Write(bytes);
            Assert.Equal(e, InputEvent.Read(bytes));
        });
    }

    [Fact]
    public void Fields_sit_at_the_offsets_of_struct_input_event()
    {
        byte[] record = [
            0x10, 0, 0, 0, 0, 0, 0, 0, // tv_sec = 16
            0x20, 0xA1, 0x07, 0, 0, 0, 0, 0, // tv_usec = 500000
            0x01, 0x00, // type EV_KEY
            0x1C, 0x00, // code 28 ENTER
            0x01, 0x00, 0x00, 0x00, // value 1 press
        ];

        var e = InputEvent.Read(record);

        Assert.Equal(TimeSpan.FromSeconds(16.5), e.Time);
        Assert.Equal(InputEvent.EvKey, e.Type);
        Assert.Equal(EvdevKeyMap.KeyEnter, e.Code);
        Assert.Equal(1, e.Value);
    }

    [Theory]
    [InlineData(2, false, '1')]
    [InlineData(11, false, '0')]
    [InlineData(2, true, '!')]
    [InlineData(12, false, '-')]
    [InlineData(12, true, '_')]
    [InlineData(13, false, '=')]
    [InlineData(16, false, 'q')]
    [InlineData(16, true, 'Q')]
    [InlineData(25, true, 'P')]
    [InlineData(26, true, '{')]
    [InlineData(30, false, 'a')]
    [InlineData(38, true, 'L')]
    [InlineData(39, true, ':')]
    [InlineData(44, false, 'z')]
    [InlineData(50, true, 'M')]
    [InlineData(51, false, ',')]
    [InlineData(52, false, '.')]
    [InlineData(53, false, '/')]
    [InlineData(53, true, '?')]
    [InlineData(57, false, ' ')]
    [InlineData(71, false, '7')]
    [InlineData(82, false, '0')]
    [InlineData(83, false, '.')]
    [InlineData(74, false, '-')]
    public void Key_map_follows_the_US_layout(int code, bool shift, char expected)
    {
        Assert.Equal(expected, EvdevKeyMap.ToChar((ushort)code, shift));
    }

    [Theory]
    [InlineData(1)] // ESC
    [InlineData(15)] // TAB
    [InlineData(59)] // F1
    [InlineData(103)] // UP
    public void Keys_without_a_character_have_none(int code)
    {
        Assert.Null(EvdevKeyMap.ToChar((ushort)code, false));
    }

    [Fact]
    public void Shift_makes_capitals_and_Enter_ends_the_scan()
    {
        var results = Decode(new EvdevRecording().Type("H34-261008-0975").Enter());

        Assert.Equal("H34-261008-0975", Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
    }

    [Fact]
    public void Keypad_Enter_also_ends_the_scan_and_right_shift_counts()
    {
        var recording = new EvdevRecording()
            .Key(EvdevKeyMap.KeyRightShift, 1).Tap(35).Key(EvdevKeyMap.KeyRightShift, 0)
            .Tap(79).Tap(80).Enter(EvdevKeyMap.KeyKeypadEnter);

        Assert.Equal("H12", Assert.IsType<ScanAccepted>(Assert.Single(Decode(recording))).Text);
    }

    [Fact]
    public void Random_codes_survive_the_trip_through_the_keyboard()
    {
        Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./=+_?, "], 1, 60].Sample(text =>
        {
            var results = Decode(new EvdevRecording().Type(text).Enter());
            Assert.Equal(text, Assert.IsType<ScanAccepted>(Assert.Single(results)).Text);
        });
    }

    [Fact]
    public void An_unknown_key_rejects_the_whole_scan()
    {
        var results = Decode(new EvdevRecording().Type("H34").Tap(59).Type("12").Enter());

        Assert.Equal(ScanRejectReason.UnknownKey, Assert.IsType<ScanRejected>(Assert.Single(results)).Reason);
    }

    [Fact]
    public void An_auto_repeat_rejects_the_scan()
    {
        var results = Decode(new EvdevRecording().Type("H3").Key(5, 1).Key(5, 2).Key(5, 0).Enter());

        Assert.Equal(ScanRejectReason.UnknownKey, Assert.IsType<ScanRejected>(Assert.Single(results)).Reason);
    }

    [Fact]
    public void A_long_gap_on_the_event_clock_splits_into_partial_pieces()
    {
        var results = Decode(new EvdevRecording().Type("H34-2610").Pause(TimeSpan.FromMilliseconds(300)).Type("08-0975").Enter());

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(ScanRejectReason.Partial, Assert.IsType<ScanRejected>(r).Reason));
    }

    [Fact]
    public void Too_many_keys_are_rejected()
    {
        var results = Decode(new EvdevRecording().Type(new string('9', 65)).Enter());

        Assert.Equal(ScanRejectReason.TooLong, Assert.IsType<ScanRejected>(Assert.Single(results)).Reason);
    }

    private static List<ScanResult> Decode(EvdevRecording recording)
    {
        var decoder = new EvdevKeyDecoder();
        var assembler = new ScanLineAssembler(Settings);
        var results = new List<ScanResult>();
        foreach (var e in recording.Events)
        {
            decoder.Apply(e, assembler, results);
        }

        return results;
    }
}
