using CounterNode.Shared.Codes;
using CounterNode.Shared.Errors;
using CsCheck;

namespace CounterNode.Shared.Tests.Codes;

public class AgencyCodeTests
{
    [Fact]
    public void Every_text_of_the_documented_grammar_is_accepted() =>
        CodeGens.AgencyText.Sample(text =>
        {
            Assert.True(AgencyCode.IsValid(text));
            Assert.Equal(text, AgencyCode.Parse(text).Value);
        });

    [Theory]
    [InlineData(null, DossierCodeErrorReason.MissingPart)]
    [InlineData("", DossierCodeErrorReason.MissingPart)]
    [InlineData("h34", DossierCodeErrorReason.LowerCase)]
    [InlineData("H34.", DossierCodeErrorReason.EmptySegment)]
    [InlineData("H-34", DossierCodeErrorReason.InvalidCharacter)]
    [InlineData("A.B.C.D.E.F.G", DossierCodeErrorReason.TooManySegments)]
    [InlineData("123456789", DossierCodeErrorReason.SegmentTooLong)]
    public void Texts_outside_the_grammar_are_rejected_as_agency_errors(string? text, DossierCodeErrorReason reason)
    {
        Assert.False(AgencyCode.IsValid(text));
        var ex = Assert.Throws<DossierCodeFormatException>(() => AgencyCode.Parse(text));
        Assert.Equal(reason, ex.Reason);
        Assert.Equal(DossierCodePart.Agency, ex.Part);
    }

    [Fact]
    public void Whitespace_in_an_agency_is_reported_as_whitespace()
    {
        Assert.False(AgencyCode.TryParse("H 34", out _, out var error));
        Assert.Equal(DossierCodeErrorReason.ContainsWhitespace, error.Reason);
        Assert.Equal(1, error.Position);
    }

    [Fact]
    public void Default_agency_is_empty_text() => Assert.Equal(string.Empty, default(AgencyCode).ToString());
}
