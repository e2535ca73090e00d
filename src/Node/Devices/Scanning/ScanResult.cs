namespace CounterNode.Node.Devices.Scanning;

/// <summary>The outcome of one scan: <see cref="ScanAccepted"/> or <see cref="ScanRejected"/>.</summary>
public abstract record ScanResult
{
    /// <summary>A scan that passed validation.</summary>
    public static ScanAccepted Accepted(string text) => new(text);

    /// <summary>A scan that must not be acted on.</summary>
    public static ScanRejected Rejected(ScanRejectReason reason) => new(reason, ScanMessages.For(reason));
}
