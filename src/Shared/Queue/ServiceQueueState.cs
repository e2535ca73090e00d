namespace CounterNode.Shared.Queue;

/// <summary>One service a counter serves, with what the priority rule needs to know.</summary>
/// <param name="Prefix">Service prefix.</param>
/// <param name="Rule">Its priority rule.</param>
/// <param name="NormalsSinceLastPriority">Normal tickets of the service called since its last priority ticket (today).</param>
public sealed record ServiceQueueState(string Prefix, PriorityRule Rule, int NormalsSinceLastPriority);
