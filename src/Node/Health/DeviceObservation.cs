namespace CounterNode.Node.Health;

/// <summary>What the node last observed about one device.</summary>
/// <param name="Device">printer, display or scanner.</param>
/// <param name="State">Contract state word (<see cref="Shared.Devices.DeviceStatusValues"/>).</param>
/// <param name="Detail">Short English detail, or null.</param>
/// <param name="At">When it was observed.</param>
public sealed record DeviceObservation(string Device, string State, string? Detail, DateTimeOffset At);
