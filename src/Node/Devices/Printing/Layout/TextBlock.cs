using CounterNode.Node.Devices.Printing.EscPos;

namespace CounterNode.Node.Devices.Printing.Layout;

/// <summary>A paragraph; the renderer wraps it to the paper width.</summary>
/// <param name="Text">Unicode text (Vietnamese with diacritics).</param>
/// <param name="Alignment">Justification.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Scale">Character size multiplier 1–8 (the ticket number uses 4).</param>
public sealed record TextBlock(string Text, TextAlignment Alignment = TextAlignment.Left, bool Bold = false, int Scale = 1) : PrintBlock;
