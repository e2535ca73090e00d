namespace CounterNode.Node.Devices.Scanning;

/// <summary>A scan that was garbled or partial; nothing may be done with it.</summary>
/// <param name="Reason">Why (for logs and tests).</param>
/// <param name="DisplayMessage">What the console shows the officer, in Vietnamese.</param>
public sealed record ScanRejected(ScanRejectReason Reason, string DisplayMessage) : ScanResult;
