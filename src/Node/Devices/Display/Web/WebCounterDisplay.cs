namespace CounterNode.Node.Devices.Display.Web;

/// <summary>
/// The display for a browser page served by the node: keeps the current state and raises
/// <see cref="Changed"/>, so a page endpoint (SSE or SignalR) can show it. It has no device,
/// so it never fails for being unreachable, and no 20-column limit.
/// </summary>
public sealed class WebCounterDisplay : ICounterDisplay
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private CounterDisplayState _state;

    public WebCounterDisplay(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _time = timeProvider;
        _state = new CounterDisplayState(0, CounterDisplayScreen.Blank, null, null, timeProvider.GetUtcNow());
    }

    /// <summary>Raised after each change, outside the internal lock.</summary>
    public event EventHandler<CounterDisplayChangedEventArgs>? Changed;

    /// <summary>The current state.</summary>
    public CounterDisplayState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        call.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        Set(CounterDisplayScreen.Call, call.TicketNumber.Trim(), call.Counter);
        return Task.CompletedTask;
    }

    public Task ShowIdleAsync(int counter, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counter, 1);
        cancellationToken.ThrowIfCancellationRequested();
        Set(CounterDisplayScreen.Idle, null, counter);
        return Task.CompletedTask;
    }

    public Task ClearAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Set(CounterDisplayScreen.Blank, null, null);
        return Task.CompletedTask;
    }

    public Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counter, 1);
        cancellationToken.ThrowIfCancellationRequested();
        CounterDisplayState state;
        lock (_gate)
        {
            state = _state with { Version = _state.Version + 1, Department = departmentName };
            _state = state;
        }

        Changed?.Invoke(this, new CounterDisplayChangedEventArgs(state));
        return Task.CompletedTask;
    }

    private void Set(CounterDisplayScreen screen, string? number, int? counter)
    {
        CounterDisplayState state;
        lock (_gate)
        {
            state = new CounterDisplayState(_state.Version + 1, screen, number, counter, _time.GetUtcNow(), _state.Department);
            _state = state;
        }

        Changed?.Invoke(this, new CounterDisplayChangedEventArgs(state));
    }
}
