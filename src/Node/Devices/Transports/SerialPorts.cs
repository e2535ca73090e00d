using System.IO.Ports;

namespace CounterNode.Node.Devices.Transports;

/// <summary>Opens serial ports the same way for every device (display, scanner).</summary>
public static class SerialPorts
{
    /// <summary>
    /// Opens <paramref name="path"/> with <paramref name="settings"/>. DTR/RTS are left alone on
    /// purpose (a pty refuses them with an exception).
    /// </summary>
    /// <exception cref="DeviceUnreachableException">The port does not exist, is busy, or access is denied.</exception>
    public static SerialPort Open(string path, SerialLineSettings settings, TimeSpan writeTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(settings);
        var port = new SerialPort(path, settings.BaudRate, settings.Parity, settings.DataBits, settings.StopBits)
        {
            Handshake = settings.Handshake,
            WriteTimeout = (int)Math.Clamp(writeTimeout.TotalMilliseconds, 1, int.MaxValue),
        };
        try
        {
            port.Open();
            return port;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
        {
            port.Dispose();
            throw new DeviceUnreachableException($"Cannot open serial device {path}: {ex.Message}", ex);
        }
    }
}
