namespace CounterNode.Hub.Board;

/// <summary>The answer to one login attempt: outcome, failures in a row, and the lock's end when locked.</summary>
public sealed record LoginVerdict(LoginOutcome Outcome, int Failures, DateTimeOffset? LockedUntil)
{
    /// <summary>The query string of the login page's error for this outcome (empty on success).</summary>
    public string ErrorQuery => Outcome switch
    {
        LoginOutcome.Succeeded => string.Empty,
        LoginOutcome.Failed => "?error=invalid",
        _ => "?error=locked",
    };
}
