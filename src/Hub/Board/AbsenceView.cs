namespace CounterNode.Hub.Board;

/// <summary>A current or coming absence on the supervisors' board (not on public screens: it carries the reason).</summary>
/// <param name="Id">Absence id.</param>
/// <param name="Officer">Absent officer's name.</param>
/// <param name="Department">Department name.</param>
/// <param name="Period">"Sáng 30/11/2026 – Chiều 01/12/2026".</param>
/// <param name="Reason">Written reason.</param>
/// <param name="ReportedAt">When it was reported.</param>
/// <param name="Late">Reported less than one working day ahead without an emergency.</param>
/// <param name="Emergency">Reported as an emergency.</param>
/// <param name="Reserve">Reserve officer's name, or null.</param>
public sealed record AbsenceView(
    string Id,
    string Officer,
    string Department,
    string Period,
    string Reason,
    DateTimeOffset ReportedAt,
    bool Late,
    bool Emergency,
    string? Reserve);
