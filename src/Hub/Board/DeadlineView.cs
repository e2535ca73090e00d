namespace CounterNode.Hub.Board;

/// <summary>
/// Deadlines of the dossiers still with a department (RULES 13: the center follows every
/// dossier's deadline): counts for the whole center and per department, and the overdue ones by
/// code. Codes and numbers only — never an applicant.
/// </summary>
/// <param name="Open">Dossiers whose deadline is running (received, transferred, processing, supplemented).</param>
/// <param name="DueToday">Of those, due today.</param>
/// <param name="AtRisk">Due within the at-risk window of working days, not today.</param>
/// <param name="Overdue">Past their return date in force.</param>
/// <param name="OverdueUnreported">Overdue without any delay report (no apology, no new date: RULES 7).</param>
/// <param name="Departments">The same counts per department, by code.</param>
/// <param name="OverdueDossiers">Overdue dossiers, most overdue first (limited; the counts cover all).</param>
public sealed record DeadlineView(
    int Open,
    int DueToday,
    int AtRisk,
    int Overdue,
    int OverdueUnreported,
    IReadOnlyList<DepartmentDeadlineView> Departments,
    IReadOnlyList<OverdueDossierView> OverdueDossiers)
{
    /// <summary>No dossier yet.</summary>
    public static DeadlineView Empty { get; } = new(0, 0, 0, 0, 0, [], []);
}
