namespace CounterNode.Hub.Departments;

/// <summary>Settings of the department page (section <c>Hub:Departments</c>).</summary>
public sealed class DepartmentOptions
{
    public const string SectionName = "Hub:Departments";

    /// <summary>Accounts allowed to log in, each bound to one department.</summary>
    public List<DepartmentAccount> Accounts { get; } = [];
}
