namespace CounterNode.Shared.Queue;

/// <summary>A ticket already called today (for the interleaving count).</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="IsPriority">True for a priority ticket.</param>
/// <param name="CalledAt">Packed hybrid timestamp of the call.</param>
public sealed record CalledTicket(string Prefix, bool IsPriority, long CalledAt);
