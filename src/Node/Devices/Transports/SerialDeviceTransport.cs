namespace CounterNode.Node.Devices.Transports;

/// <summary>A device on a serial port (<c>/dev/ttyUSB0</c>, <c>/dev/ttyACM0</c>, or a socat pty).</summary>
public sealed class SerialDeviceTransport : IDeviceTransport
{
    private readonly string _path;
    private readonly SerialLineSettings _settings;

    public SerialDeviceTransport(string path, SerialLineSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(settings);
        _path = path;
        _settings = settings;
    }

    public string Description => $"serial://{_path}@{_settings.BaudRate}";

    public Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var port = SerialPorts.Open(_path, _settings, TimeSpan.FromSeconds(5));
        return Task.FromResult<Stream>(new SerialDeviceStream(port));
    }
}
