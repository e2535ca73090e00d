namespace CounterNode.Hub.Departments;

/// <summary>A department's login to the Hub's department page (configuration <c>Hub:Departments:Accounts</c>).</summary>
public sealed class DepartmentAccount
{
    /// <summary>Login name.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>PBKDF2 hash made by <c>CounterNode.Hub --hash-password</c> (same format as the board's supervisors).</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Code of the department this account acts for (e.g. <c>STP</c>); it sees that department's dossiers only.</summary>
    public string Department { get; set; } = string.Empty;
}
