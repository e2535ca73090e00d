namespace CounterNode.Node.Devices.Display;

/// <summary>
/// The queue-number display at a counter (pole display, LED board or a web page). A display
/// is output only: it never throws for what it shows being "wrong", only for a number that
/// cannot be shown in full (<see cref="Text.DisplayTextOverflowException"/>) or a device that
/// cannot be reached (<see cref="Transports.DeviceUnreachableException"/>).
/// </summary>
public interface ICounterDisplay
{
    /// <summary>Shows a new call (ticket number and counter) and draws attention to it (blink where the device can).</summary>
    Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken);

    /// <summary>Shows the idle screen of <paramref name="counter"/> (no ticket being served).</summary>
    Task ShowIdleAsync(int counter, CancellationToken cancellationToken);

    /// <summary>Blanks the display.</summary>
    Task ClearAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Names the department that staffs <paramref name="counter"/> now (shared counters rotate,
    /// RULES 8); null when none. Shown on the idle screen from now on. Displays without room for
    /// it ignore it. Not defaulted on purpose: a decorator that forgot to forward it would
    /// silently drop the name.
    /// </summary>
    Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken);
}
