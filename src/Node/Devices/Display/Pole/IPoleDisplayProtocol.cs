using CounterNode.Node.Devices.Display.Text;

namespace CounterNode.Node.Devices.Display.Pole;

/// <summary>The bytes of one 2×20 pole display command set. Pure: no I/O, so it is tested byte for byte.</summary>
public interface IPoleDisplayProtocol
{
    /// <summary>Name for logs ("DM-D", "CD5220").</summary>
    string Name { get; }

    /// <summary>Whether the device blinks by itself (<see cref="StartBlink"/> is usable); otherwise the driver re-writes the screen.</summary>
    bool CanBlink { get; }

    /// <summary>Bytes sent once after connecting; <paramref name="brightness"/> 1-4 or null to leave it.</summary>
    byte[] Initialize(int? brightness);

    /// <summary>Writes both lines (each exactly 20 ASCII characters) without clearing first (no flicker).</summary>
    byte[] WriteScreen(PoleLines lines);

    /// <summary>Blanks the screen.</summary>
    byte[] Clear();

    /// <summary>Starts blinking with <paramref name="interval"/> between on and off.</summary>
    /// <exception cref="NotSupportedException"><see cref="CanBlink"/> is false.</exception>
    byte[] StartBlink(TimeSpan interval);

    /// <summary>Stops blinking (screen steadily on).</summary>
    /// <exception cref="NotSupportedException"><see cref="CanBlink"/> is false.</exception>
    byte[] StopBlink();
}
