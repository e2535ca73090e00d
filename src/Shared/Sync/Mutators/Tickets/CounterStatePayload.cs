namespace CounterNode.Shared.Sync.Mutators.Tickets;

/// <summary>Payload of <c>counter.pause</c> and <c>counter.resume</c>.</summary>
/// <param name="Counter">The counter.</param>
public sealed record CounterStatePayload(int Counter);
