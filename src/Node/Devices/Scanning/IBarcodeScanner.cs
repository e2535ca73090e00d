namespace CounterNode.Node.Devices.Scanning;

/// <summary>
/// A barcode / QR scanner. Every scan comes out as a <see cref="ScanResult"/>: accepted text,
/// or a rejection with a Vietnamese message for the console. Garbled or partial scans are never
/// passed on as text. Scans may carry personal data (ID-card QR): never log <see cref="ScanAccepted.Text"/>.
/// </summary>
public interface IBarcodeScanner : IAsyncDisposable
{
    /// <summary>Where the scanner is, for logs.</summary>
    string Description { get; }

    /// <summary>
    /// Reads scans until cancelled or the device closes. Call once per scanner instance.
    /// </summary>
    /// <exception cref="Transports.DeviceUnreachableException">The device cannot be opened.</exception>
    IAsyncEnumerable<ScanResult> ReadScansAsync(CancellationToken cancellationToken);
}
