namespace CounterNode.Node.OfficerConsole;

/// <summary>The latest alerts of this console (bounded; pushed to the console page as they come).</summary>
public sealed class ConsoleAlerts(TimeProvider time)
{
    private const int Capacity = 50;
    private readonly Lock _gate = new();
    private readonly LinkedList<ConsoleAlert> _alerts = new();
    private long _nextId;

    /// <summary>Raised after an alert was added (outside the lock; handlers must be quick).</summary>
    public event EventHandler<ConsoleAlert>? Added;

    /// <summary>Adds an alert.</summary>
    public ConsoleAlert Add(string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ConsoleAlert alert;
        lock (_gate)
        {
            alert = new ConsoleAlert(++_nextId, time.GetUtcNow(), message);
            _alerts.AddLast(alert);
            if (_alerts.Count > Capacity)
                _alerts.RemoveFirst();
        }

        Added?.Invoke(this, alert);
        return alert;
    }

    /// <summary>The alerts kept, oldest first.</summary>
    public IReadOnlyList<ConsoleAlert> Snapshot()
    {
        lock (_gate)
            return [.. _alerts];
    }
}
