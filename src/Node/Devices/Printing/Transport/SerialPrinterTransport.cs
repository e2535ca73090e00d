using CounterNode.Node.Devices.Transports;
using System.IO.Ports;

namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>A serial printer (<c>/dev/ttyUSB0</c>, <c>/dev/ttyACM0</c>) with hardware flow control.</summary>
public sealed class SerialPrinterTransport : IPrinterTransport
{
    private readonly string _portName;
    private readonly int _baudRate;

    public SerialPrinterTransport(string portName, int baudRate)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(portName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baudRate);
        _portName = portName;
        _baudRate = baudRate;
    }

    public string Description => $"serial://{_portName}@{_baudRate}";

    public Task<Stream> OpenAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var port = new SerialPort(_portName, _baudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake.RequestToSend,
            WriteTimeout = 10_000,
        };
        try
        {
            port.Open();
            return Task.FromResult<Stream>(new SerialDeviceStream(port));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            port.Dispose();
            throw new PrinterUnreachableException($"Cannot open serial printer {_portName}: {ex.Message}", ex);
        }
    }
}
