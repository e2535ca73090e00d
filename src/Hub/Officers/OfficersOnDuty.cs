namespace CounterNode.Hub.Officers;

/// <summary>The public list of officers on duty for one working day.</summary>
/// <param name="Date">The day (today, or the next working day when the center is closed today).</param>
/// <param name="DateText">"Thứ Sáu, 27/11/2026".</param>
/// <param name="IsToday">False when the center does not work today and the next working day is shown.</param>
/// <param name="Officers">Officers by counter, then name.</param>
public sealed record OfficersOnDuty(DateOnly Date, string DateText, bool IsToday, IReadOnlyList<OfficerOnDutyView> Officers);
