using CounterNode.Node.Devices.Display;
using CounterNode.Node.Devices.Transports;
using CounterNode.Shared.Devices;

namespace CounterNode.Node.Health;

/// <summary>
/// Wraps the counter display: every command that reaches the device marks it online, every
/// command that cannot reach it marks it offline. The display's own exceptions pass through unchanged.
/// </summary>
public sealed class HealthReportingCounterDisplay(ICounterDisplay inner, DeviceHealth health) : ICounterDisplay
{
    /// <inheritdoc />
    public Task ShowCallAsync(DisplayCall call, CancellationToken cancellationToken) => TrackAsync(() => inner.ShowCallAsync(call, cancellationToken));

    /// <inheritdoc />
    public Task ShowIdleAsync(int counter, CancellationToken cancellationToken) => TrackAsync(() => inner.ShowIdleAsync(counter, cancellationToken));

    /// <inheritdoc />
    public Task ClearAsync(CancellationToken cancellationToken) => TrackAsync(() => inner.ClearAsync(cancellationToken));

    /// <inheritdoc />
    public Task ShowDepartmentAsync(int counter, string? departmentName, CancellationToken cancellationToken) =>
        TrackAsync(() => inner.ShowDepartmentAsync(counter, departmentName, cancellationToken));

    private async Task TrackAsync(Func<Task> command)
    {
        try
        {
            await command().ConfigureAwait(false);
            health.Observe(DeviceStatusValues.Display, DeviceStatusValues.Ok);
        }
        catch (Exception ex) when (ex is DeviceUnreachableException or IOException or TimeoutException)
        {
            health.Observe(DeviceStatusValues.Display, DeviceStatusValues.Offline, ex is DeviceUnreachableException ? "unreachable" : "write failed");
            throw;
        }
    }
}
