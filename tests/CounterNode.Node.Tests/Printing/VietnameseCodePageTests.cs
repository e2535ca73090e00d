using System.Text;
using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Text;

namespace CounterNode.Node.Tests.Printing;

public sealed class VietnameseCodePageTests
{
    /// <summary>Every Vietnamese letter: 12 vowels × 6 tones, upper and lower case, plus đ/Đ.</summary>
    public static IReadOnlyList<string> AllLetters { get; } = BuildLetters();

    [Fact]
    public void Wpc1258_matches_the_spec_example()
    {
        var bytes = new Wpc1258TextEncoder().Encode("Việt Nam đồng");
        Assert.Equal(Convert.FromHexString("5669EAF274204E616D20F0F4CC6E67"), bytes);
    }

    [Fact]
    public void Wpc1258_encodes_every_vietnamese_letter_and_windows_decodes_it_back()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var windows1258 = Encoding.GetEncoding(1258);
        var encoder = new Wpc1258TextEncoder();
        Assert.Equal(146, AllLetters.Count);
        foreach (var letter in AllLetters)
        {
            var bytes = encoder.Encode(letter);
            Assert.InRange(bytes.Length, 1, 2);
            Assert.Equal(letter, windows1258.GetString(bytes).Normalize(NormalizationForm.FormC));
        }
    }

    [Fact]
    public void Net_encoding_1258_loses_letters_which_is_why_we_map_ourselves()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lossy = Encoding.GetEncoding(1258).GetBytes("ệ");
        Assert.Contains((byte)'?', lossy);
        Assert.DoesNotContain((byte)'?', new Wpc1258TextEncoder().Encode("ệ"));
    }

    [Fact]
    public void Wpc1258_accepts_decomposed_input()
    {
        var composed = new Wpc1258TextEncoder().Encode("Nguyễn Thị Hồng Nhung");
        var decomposed = new Wpc1258TextEncoder().Encode("Nguyễn Thị Hồng Nhung".Normalize(NormalizationForm.FormD));
        Assert.Equal(composed, decomposed);
    }

    [Fact]
    public void Tcvn3_maps_every_lower_case_letter_to_its_own_byte()
    {
        var encoder = new Tcvn3TextEncoder();
        var lower = AllLetters.Where(l => l == l.ToLowerInvariant()).ToList();
        var bytes = lower.Select(l => encoder.Encode(l)).ToList();
        Assert.All(bytes, b => Assert.Single(b));
        Assert.Equal(lower.Count, bytes.Select(b => b[0]).Distinct().Count());
        Assert.Equal(0xD6, encoder.Encode("ệ")[0]);
        Assert.Equal(0xAE, encoder.Encode("đ")[0]);
    }

    [Fact]
    public void Tcvn3_switches_to_the_upper_case_page_for_toned_capitals_and_back()
    {
        var bytes = new Tcvn3TextEncoder(30, 31).Encode("GIẤY");
        Assert.Equal(Convert.FromHexString("47491B741FCA591B741E"), bytes);
        // Base capitals are in the lower-case table: no switch.
        Assert.Equal(Convert.FromHexString("A2"), new Tcvn3TextEncoder(30, 31).Encode("Â"));
    }

    [Fact]
    public void Unencodable_characters_fail_with_their_position()
    {
        var error = Assert.Throws<UnencodableCharacterException>(() => new Tcvn3TextEncoder().Encode("Số €5"));
        Assert.Equal("€", error.Character);
        Assert.Equal(3, error.Index);
        Assert.Throws<UnencodableCharacterException>(() => new Wpc1258TextEncoder().Encode("中"));
        Assert.False(new Wpc1258TextEncoder().CanEncode("日本"));
        Assert.True(new Wpc1258TextEncoder().CanEncode("Cộng hòa xã hội chủ nghĩa Việt Nam"));
    }

    private static List<string> BuildLetters()
    {
        var bases = new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };
        var tones = new[] { string.Empty, "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" };
        var letters = new List<string>();
        foreach (var b in bases)
        {
            foreach (var t in tones)
            {
                var lower = (b + t).Normalize(NormalizationForm.FormC);
                letters.Add(lower);
                letters.Add(lower.ToUpperInvariant());
            }
        }

        letters.Add("đ");
        letters.Add("Đ");
        return letters;
    }
}
