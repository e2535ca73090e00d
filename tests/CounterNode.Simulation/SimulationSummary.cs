namespace CounterNode.Simulation;

/// <summary>What one seed did (for the report line and sanity checks that faults really happened).</summary>
internal sealed record SimulationSummary(
    int Seed, int Mutations, int Rejected, int Conflicts, int Tickets, long HubVersion, int Crashes, int HubRestarts, int Resets, int LostOrDelayed);
