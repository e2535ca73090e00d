namespace CounterNode.Shared.Dossiers;

/// <summary>Why a dossier was refused (Mẫu 03), in writing.</summary>
/// <param name="Reason">The specific reasons.</param>
/// <param name="OfficerId">Who refused it.</param>
/// <param name="At">When.</param>
public sealed record Refusal(string Reason, string OfficerId, DateTimeOffset At);
