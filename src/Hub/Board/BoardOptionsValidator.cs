using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Board;

/// <summary>Stops the Hub at start on a malformed board setting (names the setting, never prints a hash).</summary>
public sealed class BoardOptionsValidator : IValidateOptions<BoardOptions>
{
    public ValidateOptionsResult Validate(string? name, BoardOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        for (var i = 0; i < options.Supervisors.Count; i++)
        {
            var account = options.Supervisors[i];
            if (string.IsNullOrWhiteSpace(account.UserName))
                problems.Add($"Hub:Board:Supervisors:{i}:UserName is empty.");
            if (!SupervisorPasswordHasher.IsWellFormed(account.PasswordHash))
                problems.Add($"Hub:Board:Supervisors:{i}:PasswordHash is not a pbkdf2-sha256 hash (make one with --hash-password).");
        }

        if (options.Supervisors.GroupBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
            problems.Add("Hub:Board:Supervisors has the same UserName twice.");
        if (options.PollInterval <= TimeSpan.Zero)
            problems.Add("Hub:Board:PollInterval must be positive.");
        if (options.MinPublishInterval < TimeSpan.Zero || options.MinPublishInterval > TimeSpan.FromSeconds(5))
            problems.Add("Hub:Board:MinPublishInterval must be between 0 and 5 seconds.");
        if (options.ChartSlot < TimeSpan.FromMinutes(1))
            problems.Add("Hub:Board:ChartSlot must be at least one minute.");
        if (options.LockoutFailures < 1)
            problems.Add("Hub:Board:LockoutFailures must be at least 1.");
        if (options.UtcOffset < TimeSpan.FromHours(-14) || options.UtcOffset > TimeSpan.FromHours(14))
            problems.Add("Hub:Board:UtcOffset must be within ±14 hours.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
