using CounterNode.Node.Devices.Printing.Status;
using CounterNode.Shared.Devices;

namespace CounterNode.Node.Health;

/// <summary>From the printer's status bits to the contract's one state word (the worst condition wins).</summary>
public static class PrinterHealthMapping
{
    /// <summary>The state and detail of <paramref name="status"/>.</summary>
    public static (string State, string Detail) Map(PrinterStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var state = status switch
        {
            { Reachable: false } => DeviceStatusValues.Offline,
            { PaperOut: true } => DeviceStatusValues.PaperOut,
            { CoverOpen: true } => DeviceStatusValues.CoverOpen,
            { CutterError: true } or { UnrecoverableError: true } or { Online: false } => DeviceStatusValues.Error,
            { PaperNearEnd: true } => DeviceStatusValues.PaperLow,
            _ => DeviceStatusValues.Ok,
        };
        return (state, status.Summary());
    }
}
