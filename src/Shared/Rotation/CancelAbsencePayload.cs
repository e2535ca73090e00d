namespace CounterNode.Shared.Rotation;

/// <summary>Payload of <c>absence.cancel</c>.</summary>
/// <param name="AbsenceId">The recorded absence to withdraw.</param>
/// <param name="Reason">Why it is withdrawn (required, shown to supervisors only).</param>
public sealed record CancelAbsencePayload(string AbsenceId, string Reason);
