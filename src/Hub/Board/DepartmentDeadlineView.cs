namespace CounterNode.Hub.Board;

/// <summary>Deadline counts of one department (see <see cref="DeadlineView"/>).</summary>
/// <param name="Department">Department code.</param>
/// <param name="Open">Dossiers whose deadline is running.</param>
/// <param name="DueToday">Due today.</param>
/// <param name="AtRisk">Due within the at-risk window, not today.</param>
/// <param name="Overdue">Past their return date.</param>
/// <param name="OverdueUnreported">Overdue without a delay report.</param>
public sealed record DepartmentDeadlineView(string Department, int Open, int DueToday, int AtRisk, int Overdue, int OverdueUnreported);
