namespace CounterNode.Hub.Board;

/// <summary>
/// Wakes the <see cref="BoardBroadcaster"/> early when a commit happened (raised by
/// <see cref="BoardPokeObserver"/>); the broadcaster still polls, so a missed signal only
/// delays an update to the next poll.
/// </summary>
public sealed class BoardChangeSignal
{
    private readonly SemaphoreSlim _changed = new(0, 1);

    /// <summary>Reports a commit (coalesced: many commits before the next wait wake it once).</summary>
    public void Notify()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit so far.
        }
    }

    /// <summary>Waits for a commit or <paramref name="timeout"/>, whichever comes first.</summary>
    /// <returns>True when woken by a commit.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);
}
