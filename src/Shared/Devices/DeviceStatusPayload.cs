namespace CounterNode.Shared.Devices;

/// <summary>Payload of <c>device.status</c>: a node reports one of its own devices (the node comes from the mutation).</summary>
/// <param name="Device">printer, display or scanner.</param>
/// <param name="State">ok, paper-low, paper-out, cover-open, error or offline.</param>
/// <param name="Detail">Optional short English detail (at most <see cref="DeviceStatusValues.MaxDetailLength"/> characters).</param>
public sealed record DeviceStatusPayload(string Device, string State, string? Detail = null);
