namespace CounterNode.LoadHarness;

/// <summary>What one bystander node received during the run (one <c>@node</c> line of a child).</summary>
internal sealed record BystanderReport(string NodeId, int Tickets, long Pokes, long AppliedInline);
