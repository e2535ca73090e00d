namespace CounterNode.Node.Devices.Transports;

/// <summary>A configured device address is neither a device path nor <c>host:port</c>.</summary>
public sealed class InvalidDeviceEndpointException : Exception
{
    public InvalidDeviceEndpointException()
    {
    }

    public InvalidDeviceEndpointException(string message)
        : base(message)
    {
    }

    public InvalidDeviceEndpointException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
