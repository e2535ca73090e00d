namespace CounterNode.VirtualDisplay;

/// <summary>What the virtual display shows at one moment.</summary>
/// <param name="Version">Counts up with every change.</param>
/// <param name="Upper">Upper line, 20 characters.</param>
/// <param name="Lower">Lower line, 20 characters.</param>
/// <param name="BlinkUnits">Last US E n: 0 steady, 1-254 blinking every n × 50 ms, 255 display off.</param>
/// <param name="Brightness">1-4.</param>
/// <param name="Boards">LED board numbers received in STX/ETX frames, by address.</param>
/// <param name="BytesReceived">All bytes received so far.</param>
/// <param name="UnknownCommands">Commands the parser did not know.</param>
public sealed record DisplaySnapshot(
    long Version,
    string Upper,
    string Lower,
    int BlinkUnits,
    int Brightness,
    IReadOnlyDictionary<string, string> Boards,
    long BytesReceived,
    int UnknownCommands)
{
    /// <summary>Whether the display is blinking now.</summary>
    public bool Blinking => BlinkUnits is > 0 and < 255;
}
