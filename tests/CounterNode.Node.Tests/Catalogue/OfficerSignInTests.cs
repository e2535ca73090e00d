using CounterNode.Node.OfficerConsole;
using CounterNode.Node.Queue;
using CounterNode.Shared.Catalogue;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Node.Tests.Catalogue;

public sealed class OfficerSignInTests
{
    private const string Secret = "SECRETBADGE23456";

    private static QueueOptions Configured() => new()
    {
        Officers = [new OfficerOptions { Id = "cb01", Name = "Cán bộ cấu hình", PinHash = OfficerPin.Hash("1111", iterations: 10) }],
    };

    private static ConsoleSessions Sessions(CatalogueReplica r, RecordingLogger<ConsoleSessions>? log = null) =>
        new(Options.Create(Configured()), new FakeTimeProvider(), r.Catalogue, log);

    [Fact]
    public async Task Configured_officers_sign_in_only_until_the_catalogue_arrives()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        var sessions = Sessions(r);

        Assert.Equal("Cán bộ cấu hình", sessions.SignIn("cb01", "1111").Name);

        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Officers.Count == 2);

        Assert.Throws<SignInFailedException>(() => sessions.SignIn("cb01", "1111"));
        var synced = sessions.SignIn(" cb-stp-01 ", "1234");
        Assert.Equal(("cb-stp-01", "Nguyễn Thị Lan"), (synced.OfficerId, synced.Name));
        Assert.Throws<SignInFailedException>(() => sessions.SignIn("cb-stp-01", "9999"));
        Assert.Throws<SignInFailedException>(() => sessions.SignIn("cb-old", "1234")); // inactive
    }

    [Fact]
    public async Task A_badge_and_the_pin_sign_in_whether_sent_as_badge_or_typed_into_the_id_field()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Officers.Count == 2);
        var sessions = Sessions(r);
        var badge = OfficerBadge.Format("cb-stp-01", Secret);

        Assert.Equal("cb-stp-01", sessions.SignInWithBadge(badge, "1234").OfficerId);
        Assert.Equal("cb-stp-01", sessions.SignIn(badge + "\r\n", "1234").OfficerId);
        Assert.Equal("cb-stp-01", sessions.Latest!.OfficerId);
        Assert.Throws<SignInFailedException>(() => sessions.SignInWithBadge(badge, "0000"));
    }

    [Theory]
    [InlineData("CB:cb-stp-01:WRONGSECRET23456")] // replaced or forged badge
    [InlineData("CB:cb-nobody:SECRETBADGE23456")] // unknown officer
    [InlineData("CB:cb-old:SECRETBADGE23456")] // inactive officer without a badge
    [InlineData("CB:cb-stp-01")] // malformed
    [InlineData("CB:cb:stp:SECRETBADGE23456")] // officer id with a colon
    public async Task A_wrong_badge_gets_a_clear_message_and_its_secret_never_reaches_the_log(string badge)
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Officers.Count == 2);
        var log = new RecordingLogger<ConsoleSessions>();
        var sessions = Sessions(r, log);

        var refused = Assert.Throws<BadgeNotRecognisedException>(() => sessions.SignIn(badge, "1234"));

        Assert.Contains("Thẻ cán bộ không hợp lệ", refused.DisplayMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", refused.Message + refused.DisplayMessage, StringComparison.Ordinal);
        Assert.NotEmpty(log.Lines);
        Assert.All(log.Lines, line => Assert.DoesNotContain("SECRET", line, StringComparison.Ordinal));
        Assert.Null(sessions.Latest);
        Assert.DoesNotContain("SECRET", new SignInRequest(badge, "1234").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_badge_read_by_the_counters_scanner_waits_two_minutes_for_the_pin()
    {
        await using var r = new CatalogueReplica();
        await r.Catalogue.StartAsync(default);
        await r.SeedBasicsAsync();
        await r.WaitForAsync(c => c.Officers.Count == 2);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        var log = new RecordingLogger<ConsoleSessions>();
        var sessions = new ConsoleSessions(Options.Create(Configured()), time, r.Catalogue, log);

        Assert.Throws<SignInFailedException>(() => sessions.SignIn("", "1234")); // nothing held yet
        Assert.Contains("Thẻ cán bộ không hợp lệ", sessions.HoldBadge("CB:cb-stp-01:WRONGSECRET23456"), StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Lan", sessions.HoldBadge(OfficerBadge.Format("cb-stp-01", Secret)), StringComparison.Ordinal);

        Assert.Throws<SignInFailedException>(() => sessions.SignIn(" ", "0000")); // wrong PIN: the badge stays held
        Assert.Equal("cb-stp-01", sessions.SignIn("", "1234").OfficerId);
        Assert.Throws<SignInFailedException>(() => sessions.SignIn("", "1234")); // used up

        sessions.HoldBadge(OfficerBadge.Format("cb-stp-01", Secret));
        time.Advance(ConsoleSessions.BadgeHoldTime);
        Assert.Throws<SignInFailedException>(() => sessions.SignIn("", "1234")); // expired
        Assert.All(log.Lines, line => Assert.DoesNotContain("SECRET", line, StringComparison.Ordinal));
    }
}
