namespace CounterNode.Hub.Board;

/// <summary>A supervisor who may open the board (configuration <c>Hub:Board:Supervisors</c>).</summary>
public sealed class SupervisorAccount
{
    /// <summary>Login name.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>PBKDF2 hash made by <c>CounterNode.Hub --hash-password</c> (<see cref="SupervisorPasswordHasher"/>).</summary>
    public string PasswordHash { get; set; } = string.Empty;
}
