namespace CounterNode.Node.Sync;

/// <summary>Behaviour of <see cref="NumberAllocator"/>.</summary>
/// <param name="Deadline">How long to wait for an online number before using the reserve.</param>
/// <param name="ReserveBlockSize">Numbers asked per lease.</param>
/// <param name="ReserveLowWater">Lease more when fewer are left.</param>
/// <param name="TopUpInBackground">Lease in the background after an allocation (off in step-by-step simulations, which call <see cref="INumberAllocator.EnsureReserveAsync"/> themselves).</param>
public sealed record NumberAllocatorSettings(TimeSpan Deadline, int ReserveBlockSize = 50, int ReserveLowWater = 20, bool TopUpInBackground = true)
{
    /// <summary>Settings from the node's options.</summary>
    public static NumberAllocatorSettings From(NodeSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NumberAllocatorSettings(options.NumberDeadline, options.ReserveBlockSize, options.ReserveLowWater);
    }
}
