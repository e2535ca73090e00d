namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>How a new call draws attention.</summary>
/// <param name="Interval">Time the screen is on, and off, in one blink.</param>
/// <param name="Count">Blinks per new call (the screen stays steadily on afterwards).</param>
public sealed record PoleBlinkSettings(TimeSpan Interval, int Count)
{
    /// <summary>How long a device-side blink runs before it is stopped.</summary>
    public TimeSpan Duration => Interval * 2 * Count;
}
