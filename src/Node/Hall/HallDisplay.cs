using CounterNode.Node.LivePush;

namespace CounterNode.Node.Hall;

/// <summary>The hall view this node serves, and the signal its live page waits on.</summary>
public sealed class HallDisplay
{
    private HallView _view = HallView.Empty;

    /// <summary>Fires on every new view.</summary>
    public ChangeSignal Changed { get; } = new();

    /// <summary>The latest view.</summary>
    public HallView Current => Volatile.Read(ref _view);

    /// <summary>Publishes a new view.</summary>
    public void Publish(HallView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Volatile.Write(ref _view, view);
        Changed.Notify();
    }
}
