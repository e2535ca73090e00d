using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Raster;

namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>Draws a whole run of text into one image and sends it in GS v 0 bands.</summary>
internal sealed class RasterTextBlockWriter(PrinterProfile profile, RasterTextRenderer renderer) : ITextBlockWriter
{
    public void Begin(EscPosBuilder output)
    {
    }

    public void Write(EscPosBuilder output, IReadOnlyList<PrintBlock> run)
    {
        var width = profile.DotsPerLine;
        var lines = new List<RasterTextLine>();
        var segments = new List<MonochromeBitmap>();
        foreach (var block in run)
        {
            switch (block)
            {
                case TextBlock text:
                    var scale = RasterScale(text.Scale);
                    foreach (var line in renderer.Wrap(text.Text, width, text.Bold, scale))
                    {
                        lines.Add(new RasterTextLine(line, text.Alignment, text.Bold, scale));
                    }

                    break;
                case FeedBlock feed:
                    for (var i = 0; i < feed.Lines; i++)
                    {
                        lines.Add(new RasterTextLine(string.Empty, TextAlignment.Left, false, 1));
                    }

                    break;
                case RuleBlock:
                    Flush(lines, segments, width);
                    segments.Add(Rule(width));
                    break;
                default:
                    throw new ArgumentException($"Not a text block: {block.GetType().Name}.", nameof(run));
            }
        }

        Flush(lines, segments, width);
        foreach (var segment in segments)
        {
            output.RasterImage(segment, profile.RasterBandHeight);
        }
    }

    /// <summary>
    /// Proportional glyphs are wider than the printer's 12-dot cells, so large raster text grows
    /// a little slower than ESC/POS character sizes do; titles then wrap where the composer split them.
    /// </summary>
    private static float RasterScale(int scale) => 1f + ((Math.Clamp(scale, 1, 8) - 1) * 0.7f);

    private void Flush(List<RasterTextLine> lines, List<MonochromeBitmap> segments, int width)
    {
        if (lines.Count > 0)
        {
            segments.Add(renderer.Render(lines, width));
            lines.Clear();
        }
    }

    private static MonochromeBitmap Rule(int width)
    {
        var image = new MonochromeBitmap(width, 12);
        for (var x = 0; x < width; x++)
        {
            image[x, 5] = true;
            image[x, 6] = true;
        }

        return image;
    }
}
