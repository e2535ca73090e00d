namespace CounterNode.Shared.Dossiers;

/// <summary>The one supplement request of a dossier (Mẫu 02): exactly what must be supplemented or corrected, and why.</summary>
/// <param name="MissingItems">What is missing or must be corrected, one item each (never empty).</param>
/// <param name="Reason">Why, if the officer gave more than the list.</param>
/// <param name="OfficerId">Contact officer.</param>
/// <param name="At">When it was requested.</param>
public sealed record SupplementRequest(IReadOnlyList<string> MissingItems, string? Reason, string OfficerId, DateTimeOffset At);
