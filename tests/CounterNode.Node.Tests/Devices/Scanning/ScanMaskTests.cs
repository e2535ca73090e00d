using CounterNode.Node.Devices.Scanning;
using CsCheck;

namespace CounterNode.Node.Tests.Devices.Scanning;

public class ScanMaskTests
{
    [Fact]
    public void The_masked_form_never_shows_more_than_four_characters_of_the_scan()
    {
        Gen.String[Gen.Char['0', '9'], 0, 200].Sample(text =>
        {
            var masked = ScanMask.Mask(text);
            Assert.True(masked.Count(char.IsAsciiDigit) <= 4, masked);
        });
    }

    [Fact]
    public void An_accepted_scan_prints_masked()
    {
        var scan = ScanResult.Accepted("001099012345|Nguyễn Văn An|01011990");

        var text = scan.ToString();

        Assert.DoesNotContain("Nguyễn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("099012345", text, StringComparison.Ordinal);
        Assert.Contains("Length = 35", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A1")]
    [InlineData("12345678")]
    public void Short_scans_are_fully_masked(string text)
    {
        Assert.Equal(new string('*', text.Length), ScanMask.Mask(text));
    }
}
