namespace CounterNode.Node.Devices.Transports;

/// <summary>No connection to a device could be made, or an open connection broke (refused, timed out, device missing, cable pulled).</summary>
public sealed class DeviceUnreachableException : Exception
{
    public DeviceUnreachableException()
    {
    }

    public DeviceUnreachableException(string message)
        : base(message)
    {
    }

    public DeviceUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
