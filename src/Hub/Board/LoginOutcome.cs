namespace CounterNode.Hub.Board;

/// <summary>What became of a login attempt.</summary>
public enum LoginOutcome
{
    /// <summary>Right password; failures forgotten.</summary>
    Succeeded,

    /// <summary>Wrong user name or password.</summary>
    Failed,

    /// <summary>Wrong, and this failure locked the user name.</summary>
    FailedAndLocked,

    /// <summary>The user name was already locked; the password was not checked.</summary>
    Locked,
}
