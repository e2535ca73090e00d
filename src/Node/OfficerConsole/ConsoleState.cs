namespace CounterNode.Node.OfficerConsole;

/// <summary>What the console page shows (polled).</summary>
/// <param name="Counter">This counter.</param>
/// <param name="Officer">Signed-in officer's name.</param>
/// <param name="Paused">True while the counter is paused (no calls).</param>
/// <param name="Current">The ticket being served, if any.</param>
/// <param name="Queues">Queue lengths of the services served here.</param>
/// <param name="Conflicts">Vietnamese texts of conflicts about this counter.</param>
/// <param name="Alerts">Recent alerts (rejected scans, refused calls).</param>
public sealed record ConsoleState(
    int Counter,
    string Officer,
    bool Paused,
    ConsoleTicket? Current,
    IReadOnlyList<ConsoleQueueLength> Queues,
    IReadOnlyList<string> Conflicts,
    IReadOnlyList<ConsoleAlert> Alerts);
