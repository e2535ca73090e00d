namespace CounterNode.Node.Queue;

/// <summary>A counter's duty at one moment.</summary>
/// <param name="Services">Prefixes of the services called now, or null for all the counter's services.</param>
/// <param name="Department">Code of the department on duty, or null.</param>
/// <param name="DepartmentName">Its name, or null.</param>
public sealed record CounterDutySnapshot(IReadOnlySet<string>? Services, string? Department, string? DepartmentName)
{
    /// <summary>No restriction: every service of the counter.</summary>
    public static CounterDutySnapshot Unrestricted { get; } = new(null, null, null);
}
