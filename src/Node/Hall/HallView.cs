namespace CounterNode.Node.Hall;

/// <summary>What the hall display shows (ticket numbers and counts only, never names).</summary>
/// <param name="Version">Increases with every change, so a page can ignore an older copy.</param>
/// <param name="Current">The latest call, in large type.</param>
/// <param name="LastCallPerCounter">The latest call of each counter, by counter number.</param>
/// <param name="Waiting">Waiting tickets per service prefix.</param>
public sealed record HallView(long Version, HallCall? Current, IReadOnlyList<HallCall> LastCallPerCounter, IReadOnlyList<HallWaiting> Waiting)
{
    /// <summary>Before the replica was read.</summary>
    public static HallView Empty { get; } = new(0, null, [], []);
}
