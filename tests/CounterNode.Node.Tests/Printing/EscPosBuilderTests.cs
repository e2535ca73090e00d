using CounterNode.Node.Devices.Printing.EscPos;
using CsCheck;

namespace CounterNode.Node.Tests.Printing;

/// <summary>Byte-exact checks against the examples in hardware-notes/ESCPOS.md.</summary>
public sealed class EscPosBuilderTests
{
    private static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Text_and_layout_commands_match_the_spec()
    {
        Assert.Equal(Hex("1B 40"), new EscPosBuilder().Initialize().ToArray());
        Assert.Equal(Hex("1B 61 00 1B 61 01 1B 61 02"), new EscPosBuilder().Align(TextAlignment.Left).Align(TextAlignment.Center).Align(TextAlignment.Right).ToArray());
        Assert.Equal(Hex("1B 45 01 1B 45 00"), new EscPosBuilder().Bold(true).Bold(false).ToArray());
        Assert.Equal(Hex("1D 21 11"), new EscPosBuilder().CharacterSize(2, 2).ToArray());
        Assert.Equal(Hex("1D 21 77"), new EscPosBuilder().CharacterSize(8, 8).ToArray());
        Assert.Equal(Hex("1D 21 10"), new EscPosBuilder().CharacterSize(2, 1).ToArray());
        Assert.Equal(Hex("1B 32 1B 33 28"), new EscPosBuilder().DefaultLineSpacing().LineSpacing(40).ToArray());
        Assert.Equal(Hex("1B 64 03"), new EscPosBuilder().Feed(3).ToArray());
        Assert.Equal(Hex("1B 74 34"), new EscPosBuilder().SelectCodePage(52).ToArray());
        Assert.Equal(Hex("1D 56 00 1D 56 01 1D 56 42 05"), new EscPosBuilder().Cut(CutMode.Full).Cut(CutMode.Partial).FeedAndCut(5).ToArray());
        Assert.Equal(Hex("41 42 0A"), new EscPosBuilder().Line("AB").ToArray());
    }

    [Fact]
    public void Code128_examples_from_the_spec_are_byte_exact()
    {
        Assert.Equal(Hex("7B 42 41 31 32 33"), Code128Encoder.Encode("A123"));
        Assert.Equal(Hex("7B 43 0C 22 38"), Code128Encoder.Encode("123456"));
        var command = new EscPosBuilder().Code128("A123", heightDots: 80, moduleWidth: 2, BarcodeTextPosition.Below).ToArray();
        Assert.Equal(Hex("1D 68 50 1D 77 02 1D 48 02 1D 6B 49 06 7B 42 41 31 32 33"), command);
    }

    [Fact]
    public void Code128_doubles_a_literal_brace_and_counts_it_in_the_length()
    {
        Assert.Equal(Hex("7B 42 61 7B 7B 62"), Code128Encoder.Encode("a{b"));
        var command = new EscPosBuilder().Code128("a{b").ToArray();
        Assert.Equal(6, command[12]); // the length byte after 1D 6B 49
    }

    [Fact]
    public void Code128_uses_set_C_for_long_digit_runs_in_a_dossier_code()
    {
        // "H34.01.05.13-261126-0975": letters and dots in B, "261126" and "0975" compress in C.
        var bytes = Code128Encoder.Encode("H34.01.05.13-261126-0975");
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.StartsWith("{B", text, StringComparison.Ordinal);
        Assert.Contains("{C", text, StringComparison.Ordinal);
        Assert.True(Code128Encoder.Plan("H34.01.05.13-261126-0975").Count < "H34.01.05.13-261126-0975".Length);
    }

    [Fact]
    public void Code128_uses_set_A_for_control_characters()
    {
        Assert.Equal(Hex("7B 41 41 09 42"), Code128Encoder.Encode("A\tB"));
    }

    [Fact]
    public void Code128_refuses_what_it_cannot_carry_instead_of_truncating()
    {
        Assert.Throws<EscPosArgumentException>(() => Code128Encoder.Encode(string.Empty));
        Assert.Throws<EscPosArgumentException>(() => Code128Encoder.Encode("Mã hồ sơ"));
        Assert.Throws<EscPosArgumentException>(() => Code128Encoder.Encode(new string('x', 300)));
    }

    [Fact]
    public void Code128_length_byte_always_equals_the_data_that_follows() =>
        Gen.String[Gen.Char[' ', '~'], 1, 120].Sample(data =>
        {
            var command = new EscPosBuilder().Code128(data).ToArray();
            var n = command[12];
            Assert.Equal(command.Length - 13, n);
            // Never a wider symbol than everything in set B (start + one symbol per character). The
            // encoder minimises printed symbols, not bytes: "{C" costs 2 bytes but one symbol.
            Assert.True(SymbolCount(command.AsSpan(13)) <= 1 + data.Length);
        });

    [Fact]
    public void Code128_takes_set_C_for_a_digit_run_inside_text_when_the_symbol_gets_narrower_even_if_the_bytes_grow()
    {
        // Found by the property above with an older byte-count bound: 6 digits inside text.
        var bytes = Code128Encoder.Encode("DI381350%>0G:S");
        Assert.Equal(14, SymbolCount(bytes)); // start B, D, I, code C, 38, 13, 50, code B, %, >, 0, G, :, S
        Assert.Equal(17, bytes.Length);       // set B throughout: 16 bytes but 15 symbols
    }

    // Symbols of GS k 73 data: "{A"/"{B"/"{C" is one start or code-switch symbol, "{{" one '{'
    // in sets A/B, every other byte one symbol (a digit pair in set C).
    private static int SymbolCount(ReadOnlySpan<byte> data)
    {
        var symbols = 0;
        var set = 0;
        for (var i = 0; i < data.Length; i++)
        {
            symbols++;
            if (set != 'C' && data[i] == (byte)'{' && i + 1 < data.Length)
            {
                if (data[i + 1] is (byte)'A' or (byte)'B' or (byte)'C')
                    set = data[i + 1];
                i++;
            }
            else if (set == 'C' && data[i] == (byte)'{')
            {
                set = data[i + 1];
                i++;
            }
        }

        return symbols;
    }

    [Fact]
    public void Code128_of_even_digit_strings_is_pure_set_C() =>
        Gen.Int[1, 60].Select(Gen.String[Gen.Char['0', '9'], 2, 2]).Sample(pair =>
        {
            var digits = string.Concat(Enumerable.Repeat(pair.Item2, pair.Item1));
            var bytes = Code128Encoder.Encode(digits);
            Assert.Equal(2 + (digits.Length / 2), bytes.Length);
            Assert.Equal((byte)'C', bytes[1]);
        });

    [Fact]
    public void Qr_code_sequence_matches_the_spec()
    {
        var bytes = new EscPosBuilder().QrCode("ABC", moduleSize: 6, QrErrorCorrection.M).ToArray();
        var expected = Hex(
            "1D 28 6B 04 00 31 41 32 00" +
            "1D 28 6B 03 00 31 43 06" +
            "1D 28 6B 03 00 31 45 31" +
            "1D 28 6B 06 00 31 50 30 41 42 43" +
            "1D 28 6B 03 00 31 51 30");
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Qr_store_length_uses_both_length_bytes()
    {
        var data = new string('x', 300);
        var bytes = new EscPosBuilder().QrCode(data, 4, QrErrorCorrection.L).ToArray();
        var store = bytes.AsSpan(25);
        Assert.Equal(Hex("1D 28 6B"), store[..3].ToArray());
        Assert.Equal(303, store[3] + (256 * store[4]));
    }

    [Fact]
    public void Qr_refuses_data_over_capacity() =>
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().QrCode(new string('x', 1300), 4, QrErrorCorrection.H));

    [Fact]
    public void Raster_image_is_sent_in_bands_with_exact_headers()
    {
        var image = new MonochromeBitmap(20, 50); // 3 bytes per row
        image[0, 0] = true;
        image[19, 49] = true;
        var bytes = new EscPosBuilder().RasterImage(image, bandHeight: 24).ToArray();
        // Bands of 24, 24 and 2 rows.
        Assert.Equal(Hex("1D 76 30 00 03 00 18 00"), bytes[..8]);
        Assert.Equal(0x80, bytes[8]); // MSB = leftmost pixel
        var second = 8 + (3 * 24);
        Assert.Equal(Hex("1D 76 30 00 03 00 18 00"), bytes[second..(second + 8)]);
        var third = second + 8 + (3 * 24);
        Assert.Equal(Hex("1D 76 30 00 03 00 02 00"), bytes[third..(third + 8)]);
        Assert.Equal(third + 8 + 6, bytes.Length);
        Assert.Equal(0x10, bytes[^1]); // pixel 19 = bit 3 of the third byte
    }

    [Fact]
    public void Status_commands_match_the_spec()
    {
        Assert.Equal(Hex("10 04 01 10 04 04"), new EscPosBuilder().RealTimeStatus(1).RealTimeStatus(4).ToArray());
        Assert.Equal(Hex("1D 61 0E 1D 61 00"), new EscPosBuilder().AutomaticStatusBack(0x0E).AutomaticStatusBack(0).ToArray());
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().RealTimeStatus(5));
    }

    [Fact]
    public void Non_ascii_text_is_refused_not_cut_to_its_low_byte()
    {
        var error = Assert.Throws<UnencodableCharacterException>(() => new EscPosBuilder().Text("Việt"));
        Assert.Equal("ệ", error.Character);
        Assert.Equal(2, error.Index);
    }

    [Fact]
    public void Out_of_range_arguments_are_refused()
    {
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().CharacterSize(9, 1));
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().CharacterSize(1, 0));
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().Code128("A1", moduleWidth: 7));
        Assert.Throws<EscPosArgumentException>(() => new EscPosBuilder().QrCode("x", moduleSize: 17));
    }
}
