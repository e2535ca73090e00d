namespace CounterNode.Hub.Officers;

/// <summary>
/// An officer on duty, as disclosed publicly (RULES 10, Điều 8.8, 3.7): name, title, field,
/// department, work phone and where they sit. Never absence reasons or anything else.
/// </summary>
/// <param name="Name">Full name.</param>
/// <param name="Title">Job title.</param>
/// <param name="Department">Department name.</param>
/// <param name="Field">Fields (lĩnh vực) of the department's services.</param>
/// <param name="Phone">Work phone.</param>
/// <param name="Counters">Where and when, e.g. "Quầy 3 (cả ngày)".</param>
/// <param name="Reserve">True when the officer covers for an absent colleague today.</param>
public sealed record OfficerOnDutyView(string Name, string Title, string Department, string Field, string Phone, string Counters, bool Reserve);
