using CounterNode.Shared.Catalogue;
using CsCheck;

namespace CounterNode.Shared.Tests.Catalogue;

public sealed class OfficerCredentialTests
{
    [Fact]
    public void A_hash_verifies_its_secret_only()
    {
        var hash = CredentialHash.Hash("1234", iterations: 50);
        Assert.True(CredentialHash.Verify("1234", hash));
        Assert.False(CredentialHash.Verify("1235", hash));
        Assert.False(CredentialHash.Verify("1234", "pbkdf2-sha256$50$bad$bad"));
        Assert.True(CredentialHash.IsWellFormed(hash));
        Assert.False(CredentialHash.IsWellFormed("1234"));
        Assert.NotEqual(hash, CredentialHash.Hash("1234", iterations: 50));
    }

    [Fact]
    public void A_badge_round_trips_and_is_redacted_for_logs() =>
        Gen.String[Gen.Char["abcXYZ019._-"], 1, CatalogueRules.MaxOfficerIdLength].Sample(id =>
        {
            var secret = OfficerBadge.NewSecret();
            var scan = OfficerBadge.Format(id, secret);
            Assert.True(OfficerBadge.TryParse(" " + scan + "\r", out var parsedId, out var parsedSecret));
            Assert.Equal((id, secret), (parsedId, parsedSecret));
            Assert.DoesNotContain(secret, OfficerBadge.Redact(scan), StringComparison.Ordinal);
            Assert.Equal(OfficerBadge.SecretLength, secret.Length);
        });

    [Theory]
    [InlineData("A001")]
    [InlineData("CB:")]
    [InlineData("CB:cb01")]
    [InlineData("CB:cb01:")]
    [InlineData("CB::SECRET")]
    [InlineData("CB:c b:SECRET")]
    public void A_malformed_badge_does_not_parse(string scan)
    {
        Assert.False(OfficerBadge.TryParse(scan, out _, out _));
        Assert.Equal("(not a badge)", OfficerBadge.Redact(scan));
    }

    [Theory]
    [InlineData("Người cao tuổi", "nguoi-cao-tuoi")]
    [InlineData("Người có công với cách mạng", "nguoi-co-cong-voi-cach-mang")]
    [InlineData("Đối tượng - đặc biệt", "doi-tuong-dac-biet")]
    public void Slugs_of_vietnamese_names_are_valid(string name, string slug)
    {
        Assert.Equal(slug, CatalogueRules.Slugify(name));
        Assert.True(CatalogueRules.IsSlug(slug));
    }
}
