using CounterNode.Node.Devices.Transports;

namespace CounterNode.Node.Tests.Devices.Transports;

public class DeviceEndpointTests
{
    [Theory]
    [InlineData("/dev/ttyUSB0")]
    [InlineData("/tmp/ttyV0")]
    public void A_path_is_a_serial_device(string value)
    {
        var endpoint = DeviceEndpoint.Parse(value);

        Assert.True(endpoint.IsSerial);
        Assert.Equal(value, endpoint.SerialPath);
        Assert.IsType<SerialDeviceTransport>(endpoint.CreateTransport(new SerialLineSettings(), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Host_and_port_is_tcp()
    {
        var endpoint = DeviceEndpoint.Parse("127.0.0.1:4001");

        Assert.False(endpoint.IsSerial);
        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.Equal(4001, endpoint.TcpPort);
        Assert.Equal("tcp://127.0.0.1:4001", endpoint.CreateTransport(new SerialLineSettings(), TimeSpan.FromSeconds(1)).Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ttyUSB0")]
    [InlineData("host:")]
    [InlineData("host:0")]
    [InlineData("host:70000")]
    [InlineData("host:abc")]
    public void Anything_else_is_refused_with_a_clear_error(string value)
    {
        var error = Assert.Throws<InvalidDeviceEndpointException>(() => DeviceEndpoint.Parse(value));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public async Task A_connection_reopens_once_after_a_broken_write()
    {
        var transport = new CapturingTransport();
        await using var connection = new DeviceConnection(transport);
        await connection.WriteAsync(new byte[] { 1 }, CancellationToken.None);

        transport.FailNextWrite = true;
        await connection.WriteAsync(new byte[] { 2 }, CancellationToken.None);

        Assert.Equal(2, transport.Opens);
        Assert.Equal(new byte[] { 1, 2 }, transport.Bytes);
    }
}
