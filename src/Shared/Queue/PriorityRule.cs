namespace CounterNode.Shared.Queue;

/// <summary>A service's priority rule.</summary>
/// <param name="Mode">Strict or interleaved.</param>
/// <param name="NormalsBetween">For <see cref="PriorityMode.Interleaved"/>: normal tickets called between two priority ones (at least 1).</param>
public sealed record PriorityRule(PriorityMode Mode, int NormalsBetween = 0)
{
    /// <summary>Priority tickets always first.</summary>
    public static PriorityRule Strict { get; } = new(PriorityMode.Strict);

    /// <summary>One priority ticket after every <paramref name="normals"/> normal ones.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="normals"/> is below 1.</exception>
    public static PriorityRule Interleave(int normals)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(normals, 1);
        return new PriorityRule(PriorityMode.Interleaved, normals);
    }

    /// <summary>True when a priority ticket goes next, given the normal tickets called since the last priority one.</summary>
    public bool PriorityDue(int normalsSinceLastPriority) =>
        Mode == PriorityMode.Strict || normalsSinceLastPriority >= NormalsBetween;
}
