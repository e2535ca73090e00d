namespace CounterNode.Node.Devices.Printing.Hosting;

/// <summary>How the node reaches its printer.</summary>
public enum PrinterTransportKind
{
    /// <summary>Raw TCP (port 9100).</summary>
    Tcp,

    /// <summary>USB printer-class device file (/dev/usb/lp0).</summary>
    DeviceFile,

    /// <summary>Serial port (/dev/ttyUSB0).</summary>
    Serial,
}
