namespace CounterNode.Node.Devices.Transports;

/// <summary>
/// How bytes reach a small output device (pole display, LED number board): a serial port or a
/// TCP socket. Unlike a printer, such a device takes short one-way writes, so a caller may keep
/// the returned stream open between writes and reopen it after a failure.
/// </summary>
public interface IDeviceTransport
{
    /// <summary>Where the device is, for logs (e.g. "serial:///dev/ttyUSB0@9600", "tcp://127.0.0.1:4001").</summary>
    string Description { get; }

    /// <summary>Opens a connection; disposing the stream closes it.</summary>
    /// <exception cref="DeviceUnreachableException">The device cannot be reached.</exception>
    Task<Stream> OpenAsync(CancellationToken cancellationToken);
}
