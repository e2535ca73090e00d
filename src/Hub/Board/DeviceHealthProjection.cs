using CounterNode.Shared.Devices;
using CounterNode.Shared.Time;

namespace CounterNode.Hub.Board;

/// <summary>Device health from the nodes' <c>device-status</c> reports: problems first, then by node and device.</summary>
public static class DeviceHealthProjection
{
    /// <summary>The board's list of devices.</summary>
    public static IReadOnlyList<DeviceView> Project(IEnumerable<DeviceStatusEntity> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports
            .Select(r => new DeviceView(r.NodeId, r.Device, r.State, r.Detail, new HybridTimestamp(r.Since).PhysicalTime, r.State != DeviceStatusValues.Ok))
            .OrderByDescending(d => d.NeedsAttention)
            .ThenBy(d => d.NodeId, StringComparer.Ordinal)
            .ThenBy(d => d.Device, StringComparer.Ordinal)
            .ToList();
    }
}
