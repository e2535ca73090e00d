namespace CounterNode.Shared.Rotation;

/// <summary>Mutation types of the rotation feature; all are accepted only from the Hub.</summary>
public static class RotationMutationTypes
{
    /// <summary>Creates or replaces a schedule entry; payload <see cref="RotationEntry"/>.</summary>
    public const string Put = "rotation.put";

    /// <summary>Removes a schedule entry; payload <see cref="RemoveRotationEntryPayload"/>.</summary>
    public const string Remove = "rotation.remove";

    /// <summary>Records an officer's absence; payload <see cref="RecordAbsencePayload"/>.</summary>
    public const string RecordAbsence = "absence.record";

    /// <summary>Names the reserve officer for an absence; payload <see cref="AssignReservePayload"/>.</summary>
    public const string AssignReserve = "absence.assign-reserve";

    /// <summary>Withdraws a recorded absence; payload <see cref="CancelAbsencePayload"/>.</summary>
    public const string CancelAbsence = "absence.cancel";
}
