namespace CounterNode.Shared.Rotation;

/// <summary>Entity types of the rotation feature.</summary>
public static class RotationEntityTypes
{
    /// <summary>
    /// A shared counter's whole schedule (<see cref="RotationSchedule"/>), id = counter number,
    /// scope <c>counter:N</c>: one entity, so overlap checks see every entry of the counter.
    /// </summary>
    public const string Schedule = "rotation.schedule";

    /// <summary>A reported absence (<see cref="AbsenceEntity"/>), id = absence id, scope <c>center</c>.</summary>
    public const string Absence = "rotation.absence";

    /// <summary>The absence ids of one officer (<see cref="OfficerAbsenceIndex"/>), id = officer id, scope <c>center</c>.</summary>
    public const string OfficerAbsences = "rotation.officer-absences";
}
