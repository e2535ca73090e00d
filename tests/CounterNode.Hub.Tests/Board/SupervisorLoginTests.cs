using CounterNode.Hub.Board;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Board;

public sealed class SupervisorLoginTests
{
    [Fact]
    public void A_hash_verifies_its_password_only()
    {
        var hash = SupervisorPasswordHasher.Hash("Mật khẩu đúng", iterations: 10_000);

        Assert.StartsWith("pbkdf2-sha256$10000$", hash, StringComparison.Ordinal);
        Assert.True(SupervisorPasswordHasher.IsWellFormed(hash));
        Assert.True(SupervisorPasswordHasher.Verify("Mật khẩu đúng", hash));
        Assert.False(SupervisorPasswordHasher.Verify("Mật khẩu sai", hash));
        Assert.NotEqual(hash, SupervisorPasswordHasher.Hash("Mật khẩu đúng", iterations: 10_000)); // fresh salt
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain-text-password")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10000$***$AAAA")]
    [InlineData("md5$10000$AAAA$AAAA")]
    public void A_malformed_hash_never_verifies(string hash)
    {
        Assert.False(SupervisorPasswordHasher.Verify("anything", hash));
    }

    [Fact]
    public void The_demo_account_in_appsettings_is_giamsat_with_password_giamsat()
    {
        // The build output may live outside the checkout (--artifacts-path): start from this source file instead.
        var dir = new DirectoryInfo(Path.GetDirectoryName(SourceFile())!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CounterNode.sln")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "src", "Hub", "appsettings.json")));
        var account = json.RootElement.GetProperty("Hub").GetProperty("Board").GetProperty("Supervisors")[0];

        Assert.Equal("giamsat", account.GetProperty("UserName").GetString());
        Assert.True(SupervisorPasswordHasher.Verify("giamsat", account.GetProperty("PasswordHash").GetString()!));
    }

    private static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    [Fact]
    public void A_user_name_is_locked_after_repeated_failures_until_the_lockout_ends()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 1, 0, 0, TimeSpan.Zero));
        var options = new BoardOptions { LockoutFailures = 3, LockoutDuration = TimeSpan.FromMinutes(5) };
        var throttle = new LoginThrottle(time, Options.Create(options));

        Assert.Equal(1, throttle.Failed("giamsat"));
        Assert.Equal(2, throttle.Failed("GIAMSAT"));
        Assert.Null(throttle.LockedUntil("giamsat"));
        Assert.Equal(3, throttle.Failed("giamsat"));
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(5), throttle.LockedUntil("giamsat"));
        Assert.Null(throttle.LockedUntil("other"));

        time.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(throttle.LockedUntil("giamsat"));
        Assert.Equal(1, throttle.Failed("giamsat")); // a new series after the lockout
    }

    [Fact]
    public void A_success_clears_the_failures()
    {
        var throttle = new LoginThrottle(new FakeTimeProvider(), Options.Create(new BoardOptions { LockoutFailures = 2 }));
        throttle.Failed("giamsat");
        throttle.Succeeded("giamsat");

        Assert.Equal(1, throttle.Failed("giamsat"));
        Assert.Null(throttle.LockedUntil("giamsat"));
    }

    [Fact]
    public void The_hash_password_command_reads_stdin_and_prints_a_verifiable_hash()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = BoardPasswordCommand.TryRun(["--hash-password"], new StringReader("bí mật\n"), output, error);

        Assert.Equal(0, code);
        Assert.True(SupervisorPasswordHasher.Verify("bí mật", output.ToString().Trim()));
        Assert.Equal(2, BoardPasswordCommand.TryRun(["--hash-password"], new StringReader(""), output, error));
        Assert.Contains("standard input", error.ToString(), StringComparison.Ordinal);
        Assert.Null(BoardPasswordCommand.TryRun(["--Urls=http://127.0.0.1:1"], new StringReader("x"), output, error));
    }

    [Fact]
    public void Malformed_board_settings_are_refused_with_the_setting_named()
    {
        var options = new BoardOptions { PollInterval = TimeSpan.Zero };
        options.Supervisors.Add(new SupervisorAccount { UserName = "giamsat", PasswordHash = "giamsat" });
        options.Supervisors.Add(new SupervisorAccount { UserName = "GiamSat", PasswordHash = SupervisorPasswordHasher.Hash("x", 1000) });

        var result = new BoardOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Hub:Board:Supervisors:0:PasswordHash", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("same UserName twice", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("PollInterval", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("giamsat$", result.FailureMessage, StringComparison.Ordinal);
    }
}
