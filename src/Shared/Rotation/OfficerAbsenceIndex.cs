namespace CounterNode.Shared.Rotation;

/// <summary>
/// The absences of one officer (entity <c>rotation.officer-absences</c>, id = officer id, scope
/// <c>center</c>). Mutators read entities by key only, so this index is how a reserve's own
/// absences are found when it is assigned.
/// </summary>
/// <param name="Officer">Officer id.</param>
/// <param name="AbsenceIds">Ids of the officer's absences, in recording order.</param>
public sealed record OfficerAbsenceIndex(string Officer, IReadOnlyList<string> AbsenceIds);
