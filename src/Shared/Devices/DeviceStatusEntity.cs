namespace CounterNode.Shared.Devices;

/// <summary>
/// The last reported health of one device of one node (entity type <c>device-status</c>, id
/// <c>{nodeId}:{device}</c>, scope <c>center</c> so the supervisors' board sees every device).
/// </summary>
/// <param name="NodeId">Node the device is attached to.</param>
/// <param name="Device">Which device (<see cref="DeviceStatusValues.Devices"/>).</param>
/// <param name="State">Its state (<see cref="DeviceStatusValues.States"/>).</param>
/// <param name="Detail">Short English detail for the board (e.g. <c>paper-near-end</c>); never personal data.</param>
/// <param name="Since">Packed hybrid timestamp of the report.</param>
public sealed record DeviceStatusEntity(string NodeId, string Device, string State, string? Detail, long Since)
{
    /// <summary>Entity type name.</summary>
    public const string EntityType = "device-status";

    /// <summary>The entity id of <paramref name="device"/> at <paramref name="nodeId"/>.</summary>
    public static string IdOf(string nodeId, string device) => nodeId + ":" + device;
}
