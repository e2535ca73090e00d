using CounterNode.Node.Devices.Printing.EscPos;

namespace CounterNode.Node.Devices.Printing.Raster;

/// <summary>One line of text to draw: already wrapped to fit the width.</summary>
/// <param name="Text">The line.</param>
/// <param name="Alignment">Where it sits across the paper.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Scale">Size multiplier of the base size (1 = normal, 2 = double…).</param>
public sealed record RasterTextLine(string Text, TextAlignment Alignment, bool Bold, float Scale);
