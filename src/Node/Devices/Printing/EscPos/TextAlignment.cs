namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>Horizontal justification (ESC a n).</summary>
public enum TextAlignment : byte
{
    Left = 0,
    Center = 1,
    Right = 2,
}
