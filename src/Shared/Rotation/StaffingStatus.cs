namespace CounterNode.Shared.Rotation;

/// <summary>How a shared counter is staffed on a half-day.</summary>
public enum StaffingStatus
{
    /// <summary>The scheduled officer is there.</summary>
    Staffed,

    /// <summary>The scheduled officer is away and a reserve of the same department covers.</summary>
    Reserve,

    /// <summary>Gap: the scheduled officer is away and no reserve was named.</summary>
    Absent,

    /// <summary>Gap: no schedule entry covers the half-day.</summary>
    Unscheduled,
}
