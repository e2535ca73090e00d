using System.Text;
using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Text;

namespace CounterNode.Node.Tests.Printing;

/// <summary>
/// Return-date explanations carry an arrow and dashes ("Nhận sau 16:00 → tính từ…",
/// "17/02–21/02"); code pages lack some of them. Punctuation degrades to ASCII, letters never do.
/// </summary>
public class TypographicFallbackTests
{
    public static TheoryData<string> Encoders => new() { "wpc1258", "tcvn3" };

    private static ICodePageTextEncoder Create(string name) =>
        name == "wpc1258" ? new Wpc1258TextEncoder() : new Tcvn3TextEncoder();

    [Theory]
    [MemberData(nameof(Encoders))]
    public void Arrow_and_dashes_print_as_ascii_stand_ins(string name)
    {
        var encoder = Create(name);
        const string text = "Nhận sau 16:00 → tính từ 17/02–21/02";

        Assert.True(encoder.CanEncode(text));
        var bytes = encoder.Encode(text);

        Assert.Contains("->"u8.ToArray(), Windows(bytes, 2));
        Assert.DoesNotContain(bytes, b => b == (byte)'?');
    }

    [Theory]
    [MemberData(nameof(Encoders))]
    public void A_letter_without_a_stand_in_is_still_refused(string name)
    {
        var encoder = Create(name);
        Assert.False(encoder.CanEncode("Quầy → Ж"));
        var ex = Assert.Throws<UnencodableCharacterException>(() => encoder.Encode("Quầy → Ж"));
        Assert.Contains("Ж", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wpc1258_keeps_its_own_en_dash_byte()
    {
        // WPC1258 has "–" at 0x96: no stand-in is used where the code page can print the real thing.
        Assert.Equal(new byte[] { 0x31, 0x96, 0x32 }, new Wpc1258TextEncoder().Encode("1–2"));
        Assert.Equal(Encoding.ASCII.GetBytes("1-2"), new Tcvn3TextEncoder().Encode("1–2"));
    }

    private static IEnumerable<byte[]> Windows(byte[] bytes, int size) =>
        Enumerable.Range(0, Math.Max(0, bytes.Length - size + 1)).Select(i => bytes[i..(i + size)]);
}
