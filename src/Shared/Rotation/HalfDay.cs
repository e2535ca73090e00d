namespace CounterNode.Shared.Rotation;

/// <summary>
/// One of the two working half-days of a working day: the morning session (07:00–11:00) and the
/// afternoon session (13:00–17:00). Shared counters rotate by half-day (RULES 8, Điều 13.10).
/// </summary>
public enum HalfDay
{
    /// <summary>The first working session of the day.</summary>
    Morning,

    /// <summary>The last working session of the day.</summary>
    Afternoon,
}
