using System.Net;
using CounterNode.Node.OfficerConsole;

namespace CounterNode.Node.Tests.Queue;

public sealed class OfficerPinTests
{
    [Fact]
    public void A_hash_verifies_its_pin_only()
    {
        var hash = OfficerPin.Hash("2468", iterations: 1_000);
        Assert.True(OfficerPin.Verify("2468", hash));
        Assert.False(OfficerPin.Verify("2469", hash));
        Assert.False(OfficerPin.Verify("", hash));
        Assert.False(OfficerPin.Verify(null, hash));
        Assert.DoesNotContain("2468", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_hash_has_its_own_salt()
    {
        Assert.NotEqual(OfficerPin.Hash("1234", iterations: 1_000), OfficerPin.Hash("1234", iterations: 1_000));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1234")]
    [InlineData("pbkdf2-sha256$x$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$1000$not base64!$AAAA")]
    [InlineData("md5$1000$AAAA$AAAA")]
    public void A_malformed_hash_never_verifies(string stored)
    {
        Assert.False(OfficerPin.Verify("1234", stored));
    }

    [Fact]
    public void The_sample_configuration_hash_matches_its_documented_pin()
    {
        var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        var hash = settings.RootElement.GetProperty("Queue").GetProperty("Officers")[0].GetProperty("PinHash").GetString();
        Assert.True(OfficerPin.Verify("1234", hash));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("192.168.1.20", false)]
    [InlineData("::ffff:10.0.0.5", false)]
    public void Only_loopback_peers_reach_the_console(string address, bool allowed)
    {
        Assert.Equal(allowed, LoopbackOnlyFilter.IsLoopback(IPAddress.Parse(address)));
    }
}
