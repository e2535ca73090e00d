namespace CounterNode.Node.LivePush;

/// <summary>
/// A version number that only goes up, and a way to wait for it to pass a value. Pages that
/// stream updates (server-sent events) wait here instead of polling; many waiters share one task.
/// </summary>
public sealed class ChangeSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version;

    /// <summary>The current version (0 before the first change).</summary>
    public long Version
    {
        get
        {
            lock (_gate)
                return _version;
        }
    }

    /// <summary>Records a change and wakes every waiter.</summary>
    public void Notify()
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            _version++;
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }

    /// <summary>Returns when <see cref="Version"/> is above <paramref name="seen"/>, or after <paramref name="timeout"/> (a keep-alive).</summary>
    /// <param name="seen">The version the caller has shown.</param>
    /// <param name="timeout">Longest wait.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <param name="time">Clock of the timeout (tests pass a fake one); the system clock when null.</param>
    /// <returns>The version at return.</returns>
    public async Task<long> WaitAfterAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        Task next;
        lock (_gate)
        {
            if (_version > seen)
                return _version;
            next = _next.Task;
        }

        try
        {
            await next.WaitAsync(timeout, time ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Keep-alive: the caller sends the same state again so proxies keep the stream open.
        }

        return Version;
    }

    /// <summary>
    /// Like <see cref="WaitAfterAsync"/>, but returns null instead of throwing when cancelled, so a
    /// stream (an async iterator cannot catch around a yield) can end quietly.
    /// </summary>
    public async Task<long?> TryWaitAfterAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            return await WaitAfterAsync(seen, timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
