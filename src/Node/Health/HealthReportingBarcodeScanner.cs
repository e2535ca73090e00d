using System.Runtime.CompilerServices;
using CounterNode.Node.Devices.Scanning;
using CounterNode.Node.Devices.Transports;
using CounterNode.Shared.Devices;

namespace CounterNode.Node.Health;

/// <summary>
/// Wraps the barcode scanner: online while it is being read (and on every scan), offline when it
/// cannot be opened or its device goes away. Scans themselves pass through untouched (never logged).
/// </summary>
public sealed class HealthReportingBarcodeScanner(IBarcodeScanner inner, DeviceHealth health) : IBarcodeScanner
{
    /// <inheritdoc />
    public string Description => inner.Description;

    /// <inheritdoc />
    public async IAsyncEnumerable<ScanResult> ReadScansAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var scans = inner.ReadScansAsync(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            // Optimistic: an open failure comes at once and replaces this before the report settles.
            health.Observe(DeviceStatusValues.Scanner, DeviceStatusValues.Ok);
            while (true)
            {
                ScanResult scan;
                try
                {
                    if (!await scans.MoveNextAsync().ConfigureAwait(false))
                        break;
                    scan = scans.Current;
                }
                catch (Exception ex) when (ex is DeviceUnreachableException or IOException)
                {
                    health.Observe(DeviceStatusValues.Scanner, DeviceStatusValues.Offline, "unreachable");
                    throw;
                }

                health.Observe(DeviceStatusValues.Scanner, DeviceStatusValues.Ok);
                yield return scan;
            }

            // The device closed (unplugged): nothing more will be read.
            if (!cancellationToken.IsCancellationRequested)
                health.Observe(DeviceStatusValues.Scanner, DeviceStatusValues.Offline, "closed");
        }
        finally
        {
            await scans.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
