namespace CounterNode.Shared.Dossiers.Mutators;

/// <summary>Payload of <c>dossier.report-delay</c> (Mẫu 04).</summary>
/// <param name="Code">Dossier code.</param>
/// <param name="Reason">Why it is late (required).</param>
/// <param name="NewReturnDate">The new return date: after the one in force, and a working day (compute it with the working calendar).</param>
public sealed record ReportDelayPayload(string Code, string Reason, DateOnly NewReturnDate);
