namespace CounterNode.Hub.Board;

/// <summary>Everything the supervisors' board shows; numbers only, no personal data.</summary>
/// <param name="Version">Change-log version it reflects.</param>
/// <param name="At">When it was built.</param>
/// <param name="Day">Center-local day it covers.</param>
/// <param name="CenterName">Center name for the title.</param>
/// <param name="Counters">Counters by number.</param>
/// <param name="Queues">Queues by prefix.</param>
/// <param name="Calls">Latest calls, newest first.</param>
/// <param name="Nodes">Nodes by id.</param>
/// <param name="Conflicts">Latest conflicts, newest first.</param>
/// <param name="WaitChart">Waiting time through the day.</param>
/// <param name="DevicesSynced">True once the board read the nodes' device reports (<see cref="Devices"/>).</param>
public sealed record BoardSnapshot(
    long Version,
    DateTimeOffset At,
    DateOnly Day,
    string CenterName,
    IReadOnlyList<CounterView> Counters,
    IReadOnlyList<QueueView> Queues,
    IReadOnlyList<CallView> Calls,
    IReadOnlyList<NodeView> Nodes,
    IReadOnlyList<ConflictView> Conflicts,
    IReadOnlyList<WaitPoint> WaitChart,
    bool DevicesSynced)
{
    /// <summary>Dossier deadlines: due today, at risk, overdue (codes and counts only).</summary>
    public DeadlineView Deadlines { get; init; } = DeadlineView.Empty;

    /// <summary>Device health reported by the nodes (printer paper, display and scanner online), problems first.</summary>
    public IReadOnlyList<DeviceView> Devices { get; init; } = [];
}
