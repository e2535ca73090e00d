namespace CounterNode.Shared.Queue;

/// <summary>What a ticket shows at issue time.</summary>
/// <param name="PeopleAhead">Tickets of the same service waiting before it.</param>
/// <param name="EstimatedWait">Estimated wait until its call.</param>
public sealed record WaitEstimate(int PeopleAhead, TimeSpan EstimatedWait);
