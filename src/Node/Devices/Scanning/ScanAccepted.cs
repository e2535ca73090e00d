namespace CounterNode.Node.Devices.Scanning;

/// <summary>A complete, clean scan.</summary>
/// <param name="Text">The scanned text without its terminator. May be personal data: do not log it.</param>
public sealed record ScanAccepted(string Text) : ScanResult
{
    /// <summary>Masked, so a result that ends up in a log or an assertion message leaks nothing.</summary>
    public override string ToString() => $"ScanAccepted {{ Length = {Text.Length}, Text = {ScanMask.Mask(Text)} }}";
}
