namespace CounterNode.Node.Devices.Scanning.Hosting;

/// <summary>Which scanner driver a node uses (<c>Scanner:Kind</c>).</summary>
public enum ScannerKind
{
    /// <summary>No scanner.</summary>
    None,

    /// <summary>A serial (CDC-ACM) line scanner.</summary>
    Serial,

    /// <summary>A HID keyboard-wedge scanner through evdev.</summary>
    Evdev,

    /// <summary>Standard input, for development.</summary>
    Stdin,
}
