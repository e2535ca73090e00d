using CounterNode.Hub.Board;
using CounterNode.Shared.Sync.Scopes;
using Microsoft.Extensions.Options;

namespace CounterNode.Hub.Departments;

/// <summary>Stops the Hub at start on a malformed department account (names the setting, never prints a hash).</summary>
public sealed class DepartmentOptionsValidator : IValidateOptions<DepartmentOptions>
{
    public ValidateOptionsResult Validate(string? name, DepartmentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        for (var i = 0; i < options.Accounts.Count; i++)
        {
            var account = options.Accounts[i];
            if (string.IsNullOrWhiteSpace(account.UserName) || account.UserName.Length > 100)
                problems.Add($"Hub:Departments:Accounts:{i}:UserName must be 1–100 characters.");
            if (!SupervisorPasswordHasher.IsWellFormed(account.PasswordHash))
                problems.Add($"Hub:Departments:Accounts:{i}:PasswordHash is not a pbkdf2-sha256 hash (make one with --hash-password).");
            if (string.IsNullOrWhiteSpace(account.Department) || !SyncScope.IsValid(SyncScope.Department(account.Department.Trim())))
                problems.Add($"Hub:Departments:Accounts:{i}:Department must be a department code (e.g. STP).");
        }

        if (options.Accounts.GroupBy(a => a.UserName, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
            problems.Add("Hub:Departments:Accounts has the same UserName twice.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
