namespace CounterNode.Shared.Dossiers;

/// <summary>A delay with its written reason and new return date (Mẫu 04, apology). A dossier may have several.</summary>
/// <param name="Reason">Why it is late.</param>
/// <param name="PreviousReturnDate">The return date it replaces.</param>
/// <param name="NewReturnDate">The new appointment.</param>
/// <param name="OfficerId">Who reported it.</param>
/// <param name="At">When.</param>
public sealed record DelayReport(string Reason, DateOnly PreviousReturnDate, DateOnly NewReturnDate, string OfficerId, DateTimeOffset At);
