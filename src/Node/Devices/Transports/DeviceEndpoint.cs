using System.Globalization;

namespace CounterNode.Node.Devices.Transports;

/// <summary>
/// A device address from configuration: either a serial device path (<c>/dev/ttyUSB0</c>,
/// <c>/tmp/ttyV0</c>) or a TCP endpoint (<c>host:port</c>). One string keeps configuration
/// short (<c>Display:Port</c>) while still being checked at start.
/// </summary>
/// <param name="SerialPath">The serial device path, or null for TCP.</param>
/// <param name="Host">The TCP host, or null for serial.</param>
/// <param name="TcpPort">The TCP port, 0 for serial.</param>
public sealed record DeviceEndpoint(string? SerialPath, string? Host, int TcpPort)
{
    /// <summary>Whether this is a serial device path.</summary>
    public bool IsSerial => SerialPath is not null;

    /// <summary>
    /// Parses <c>/path/to/device</c> (anything starting with '/') as serial and <c>host:port</c> as TCP.
    /// </summary>
    /// <exception cref="InvalidDeviceEndpointException">Neither form, or the port is out of range.</exception>
    public static DeviceEndpoint Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidDeviceEndpointException("A device address is required: a serial path such as /dev/ttyUSB0 or host:port.");
        }

        var text = value.Trim();
        if (text.StartsWith('/'))
        {
            return new DeviceEndpoint(text, null, 0);
        }

        var colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new InvalidDeviceEndpointException($"Device address '{text}' is neither a serial path (starting with '/') nor host:port.");
        }

        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidDeviceEndpointException($"Device address '{text}' has an invalid TCP port (1-65535).");
        }

        return new DeviceEndpoint(null, text[..colon], port);
    }

    /// <summary>Creates the matching transport.</summary>
    public IDeviceTransport CreateTransport(SerialLineSettings serial, TimeSpan connectTimeout) =>
        IsSerial
            ? new SerialDeviceTransport(SerialPath!, serial)
            : new TcpDeviceTransport(Host!, TcpPort, connectTimeout);

    public override string ToString() => IsSerial ? SerialPath! : $"{Host}:{TcpPort}";
}
