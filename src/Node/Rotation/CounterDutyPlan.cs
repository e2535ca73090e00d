using CounterNode.Node.Queue;
using CounterNode.Shared.Rotation;

namespace CounterNode.Node.Rotation;

/// <summary>What the counter should do now and until when.</summary>
/// <param name="Duty">Services and department on duty.</param>
/// <param name="Staffing">Who staffs the counter (null when the counter does not rotate).</param>
/// <param name="OfficerName">Name of the officer at the counter, if known.</param>
/// <param name="NextSwitch">When the half-day in effect ends (the next possible switch).</param>
public sealed record CounterDutyPlan(CounterDutySnapshot Duty, CounterStaffing? Staffing, string? OfficerName, DateTimeOffset NextSwitch);
