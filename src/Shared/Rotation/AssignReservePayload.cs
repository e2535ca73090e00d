namespace CounterNode.Shared.Rotation;

/// <summary>Payload of <c>absence.assign-reserve</c>.</summary>
/// <param name="AbsenceId">The absence to cover.</param>
/// <param name="ReserveOfficer">Reserve officer's id (same department as the absent officer).</param>
public sealed record AssignReservePayload(string AbsenceId, string ReserveOfficer);
