namespace CounterNode.Hub.Board;

/// <summary>An overdue dossier on the board: its code and numbers, nothing about the applicant.</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Department">Department code.</param>
/// <param name="ReturnDate">Return date in force (after any delay report).</param>
/// <param name="WorkingDaysOverdue">Working days past the return date, up to today.</param>
/// <param name="DelayReported">True when the department reported a delay (false = flagged).</param>
/// <param name="State">Dossier state (kebab-case, e.g. <c>processing</c>).</param>
public sealed record OverdueDossierView(string Code, string Department, DateOnly ReturnDate, int WorkingDaysOverdue, bool DelayReported, string State);
