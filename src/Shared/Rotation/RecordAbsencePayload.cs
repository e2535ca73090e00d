namespace CounterNode.Shared.Rotation;

/// <summary>Payload of <c>absence.record</c>. The reporting time is the mutation's own time, not a field.</summary>
/// <param name="Id">New absence id.</param>
/// <param name="Officer">Absent officer's id.</param>
/// <param name="FromDate">First day.</param>
/// <param name="ToDate">Last day (inclusive).</param>
/// <param name="Reason">Written reason (required).</param>
/// <param name="Emergency">True for an emergency (late notice allowed).</param>
/// <param name="FromPart">First half-day of the first day (default morning).</param>
/// <param name="ToPart">Last half-day of the last day (default afternoon).</param>
public sealed record RecordAbsencePayload(
    string Id,
    string Officer,
    DateOnly FromDate,
    DateOnly ToDate,
    string Reason,
    bool Emergency = false,
    HalfDay FromPart = HalfDay.Morning,
    HalfDay ToPart = HalfDay.Afternoon);
