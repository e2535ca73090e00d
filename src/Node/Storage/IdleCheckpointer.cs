namespace CounterNode.Node.Storage;

/// <summary>
/// Runs a WAL checkpoint once the replica has gone <see cref="IdleDelay"/> without a commit, so
/// the copy into the main file and its fsyncs happen in a quiet moment instead of inside the
/// commit that crosses SQLite's auto-checkpoint threshold (on a poke, that commit is on the
/// A→B latency path). Each commit re-arms the timer; a replica that never goes quiet still gets
/// SQLite's own checkpoint at its (raised) threshold, so the WAL stays bounded either way.
/// </summary>
internal sealed class IdleCheckpointer : IDisposable
{
    private readonly Func<Task> _checkpoint;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task _last = Task.CompletedTask;
    private bool _disposed;

    /// <param name="time">Clock of the idle timer.</param>
    /// <param name="idleDelay">How long without a commit counts as idle.</param>
    /// <param name="checkpoint">The checkpoint itself; it must not throw (it runs on a timer).</param>
    public IdleCheckpointer(TimeProvider time, TimeSpan idleDelay, Func<Task> checkpoint)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(idleDelay, TimeSpan.Zero);
        IdleDelay = idleDelay;
        _checkpoint = checkpoint;
        _timer = time.CreateTimer(static state => ((IdleCheckpointer)state!).OnIdle(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>How long without a commit before the checkpoint runs.</summary>
    public TimeSpan IdleDelay { get; }

    /// <summary>The checkpoint started last (completed when none ran); tests await it.</summary>
    public Task LastCheckpoint
    {
        get
        {
            lock (_gate)
                return _last;
        }
    }

    /// <summary>A commit wrote to the WAL: checkpoint after the next quiet <see cref="IdleDelay"/>.</summary>
    public void NoteCommit()
    {
        lock (_gate)
        {
            // A commit that finishes while the replica is being disposed must not fail on the timer.
            if (!_disposed)
                _timer.Change(IdleDelay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer.Dispose();
        }
    }

    private void OnIdle()
    {
        lock (_gate)
        {
            if (_disposed)
                return;
            // One at a time: a checkpoint still running when the next idle period ends is followed, not overlapped.
            _last = _last.IsCompleted ? _checkpoint() : _last.ContinueWith(_ => _checkpoint(), CancellationToken.None,
                TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }
}
