namespace CounterNode.Hub.Board;

/// <summary>The rotation part of the supervisors' board (served at <c>/board/api/rotation</c>).</summary>
/// <param name="At">When it was built.</param>
/// <param name="Counters">Shared counters: who staffs them now and next.</param>
/// <param name="Absences">Absences that have not ended yet, by first day.</param>
/// <param name="Gaps">Half-days ahead (this one included) where a shared counter has nobody.</param>
public sealed record RotationBoardView(
    DateTimeOffset At,
    IReadOnlyList<CounterRotationView> Counters,
    IReadOnlyList<AbsenceView> Absences,
    IReadOnlyList<GapView> Gaps);
