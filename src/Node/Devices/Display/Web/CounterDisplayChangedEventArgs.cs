namespace CounterNode.Node.Devices.Display.Web;

/// <summary>The web display changed; <see cref="State"/> is the new state.</summary>
public sealed class CounterDisplayChangedEventArgs(CounterDisplayState state) : EventArgs
{
    public CounterDisplayState State { get; } = state;
}
