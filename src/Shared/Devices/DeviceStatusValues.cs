using System.Collections.Frozen;

namespace CounterNode.Shared.Devices;

/// <summary>The words of the <c>device.status</c> contract (stable: the board and old nodes rely on them).</summary>
public static class DeviceStatusValues
{
    public const string Printer = "printer";
    public const string Display = "display";
    public const string Scanner = "scanner";

    public const string Ok = "ok";
    public const string PaperLow = "paper-low";
    public const string PaperOut = "paper-out";
    public const string CoverOpen = "cover-open";
    public const string Error = "error";
    public const string Offline = "offline";

    /// <summary>Longest detail accepted.</summary>
    public const int MaxDetailLength = 120;

    /// <summary>Devices a node reports.</summary>
    public static FrozenSet<string> Devices { get; } = FrozenSet.ToFrozenSet([Printer, Display, Scanner], StringComparer.Ordinal);

    /// <summary>States a device can be in.</summary>
    public static FrozenSet<string> States { get; } = FrozenSet.ToFrozenSet([Ok, PaperLow, PaperOut, CoverOpen, Error, Offline], StringComparer.Ordinal);
}
