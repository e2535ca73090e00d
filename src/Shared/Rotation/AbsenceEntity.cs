using System.Text.Json.Serialization;

namespace CounterNode.Shared.Rotation;

/// <summary>
/// An officer's reported absence (RULES 9, Điều 3.6, 13.8), entity <c>rotation.absence</c> in
/// scope <c>center</c>. It runs from the half-day <see cref="FromDate"/>/<see cref="FromPart"/>
/// to <see cref="ToDate"/>/<see cref="ToPart"/> inclusive. <see cref="Late"/> is decided once,
/// when recorded: the report came less than one working day ahead and was not an emergency.
/// </summary>
/// <param name="Id">Absence id.</param>
/// <param name="Officer">Absent officer's id.</param>
/// <param name="Department">The officer's department when the absence was recorded.</param>
/// <param name="FromDate">First day.</param>
/// <param name="FromPart">First half-day of the first day.</param>
/// <param name="ToDate">Last day.</param>
/// <param name="ToPart">Last half-day of the last day.</param>
/// <param name="Reason">Written reason (required; shown to supervisors only, never on public screens).</param>
/// <param name="ReportedAt">When it was reported (the recording mutation's time).</param>
/// <param name="Emergency">True for an emergency: late notice is then not held against the officer.</param>
/// <param name="Late">True when reported less than one working day ahead without an emergency.</param>
/// <param name="Reserve">Reserve officer's id once the department named one.</param>
/// <param name="ReserveAssignedAt">When the reserve was named.</param>
/// <param name="CancelledAt">When the absence was withdrawn (the officer works after all); null while it stands.</param>
/// <param name="CancelReason">Why it was withdrawn (supervisors only).</param>
public sealed record AbsenceEntity(
    string Id,
    string Officer,
    string Department,
    DateOnly FromDate,
    HalfDay FromPart,
    DateOnly ToDate,
    HalfDay ToPart,
    string Reason,
    DateTimeOffset ReportedAt,
    bool Emergency,
    bool Late,
    string? Reserve,
    DateTimeOffset? ReserveAssignedAt,
    DateTimeOffset? CancelledAt = null,
    string? CancelReason = null)
{
    /// <summary>True once withdrawn: the record stays (its late flag is history) but it no longer makes anyone away.</summary>
    [JsonIgnore]
    public bool IsCancelled => CancelledAt is not null;

    /// <summary>The first absent half-day.</summary>
    [JsonIgnore]
    public WorkingHalfDay First => new(FromDate, FromPart);

    /// <summary>The last absent half-day.</summary>
    [JsonIgnore]
    public WorkingHalfDay Last => new(ToDate, ToPart);

    /// <summary>True when the officer is away on <paramref name="halfDay"/>.</summary>
    public bool Covers(WorkingHalfDay halfDay) => !IsCancelled && halfDay >= First && halfDay <= Last;

    /// <summary>True when both periods share a half-day.</summary>
    public bool Overlaps(WorkingHalfDay first, WorkingHalfDay last) => !IsCancelled && first <= Last && last >= First;
}
