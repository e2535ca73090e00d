using CounterNode.Node.Devices.Printing.EscPos;
using SkiaSharp;

namespace CounterNode.Node.Devices.Printing.Raster;

/// <summary>
/// Renders text to a 1-bit image with SkiaSharp and a system font found through fontconfig, so
/// every Vietnamese diacritic prints exactly as the font draws it, whatever code pages the printer
/// has. Anti-aliased drawing thresholded at mid-grey keeps strokes even at 203 dpi.
/// </summary>
public sealed class RasterTextRenderer : IDisposable
{
    /// <summary>Letters that prove the font has Vietnamese glyphs.</summary>
    private const string VietnameseProbe = "ĂăÂâĐđÊêÔôƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string TallCapitals = "ẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰỲÝỶỸÁÀẢÃĨÍÌỈÚÙỦŨ";

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;

    /// <param name="fontFamily">Family name fontconfig knows (e.g. "DejaVu Sans", "Noto Sans").</param>
    /// <param name="baseSize">Text size in pixels for scale 1 (≈ the 24-dot font A).</param>
    /// <exception cref="PrinterFontNotFoundException">Missing family or no Vietnamese glyphs.</exception>
    public RasterTextRenderer(string fontFamily, float baseSize = 22f)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fontFamily);
        FontFamily = fontFamily;
        BaseSize = baseSize;
        _regular = SKFontManager.Default.MatchFamily(fontFamily, SKFontStyle.Normal)
            ?? throw new PrinterFontNotFoundException(fontFamily, "fontconfig does not know it");
        if (!string.Equals(_regular.FamilyName, fontFamily, StringComparison.OrdinalIgnoreCase))
        {
            throw new PrinterFontNotFoundException(fontFamily, $"fontconfig substituted '{_regular.FamilyName}'");
        }

        _bold = SKFontManager.Default.MatchFamily(fontFamily, SKFontStyle.Bold) ?? _regular;
        using var probe = new SKFont(_regular, baseSize);
        if (!probe.ContainsGlyphs(VietnameseProbe))
        {
            throw new PrinterFontNotFoundException(fontFamily, "it lacks Vietnamese letters");
        }
    }

    public string FontFamily { get; }

    public float BaseSize { get; }

    /// <summary>Splits <paramref name="text"/> into lines no wider than <paramref name="width"/> pixels, at spaces where possible.</summary>
    public IReadOnlyList<string> Wrap(string text, int width, bool bold, float scale)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var font = CreateFont(bold, scale);
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(paragraph, width, font, lines);
        }

        return lines;
    }

    /// <summary>Draws the lines one under the other into an image <paramref name="width"/> dots wide.</summary>
    public MonochromeBitmap Render(IReadOnlyList<RasterTextLine> lines, int width)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var heights = lines.Select(l => LineHeight(l.Scale)).ToArray();
        var height = Math.Max(1, heights.Sum());
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            var top = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                using var font = CreateFont(line.Bold, line.Scale);
                var baseline = top + Ascent(font) + 1;
                var x = line.Alignment switch
                {
                    TextAlignment.Center => width / 2f,
                    TextAlignment.Right => width - 1f,
                    _ => 0f,
                };
                var align = line.Alignment switch
                {
                    TextAlignment.Center => SKTextAlign.Center,
                    TextAlignment.Right => SKTextAlign.Right,
                    _ => SKTextAlign.Left,
                };
                canvas.DrawText(line.Text, x, baseline, align, font, paint);
                top += heights[i];
            }
        }

        return Threshold(bitmap);
    }

    /// <summary>Height in dots of one line at <paramref name="scale"/>.</summary>
    public int LineHeight(float scale)
    {
        using var font = CreateFont(true, scale);
        return (int)Math.Ceiling(Ascent(font) + font.Metrics.Descent) + 2;
    }

    /// <summary>
    /// Room above the baseline: the font's ascent, or more when stacked Vietnamese capitals
    /// (circumflex + acute on Ấ, hook on Ở) rise above it, so no tone mark is clipped.
    /// </summary>
    private static float Ascent(SKFont font)
    {
        font.MeasureText(TallCapitals, out var bounds);
        return Math.Max(-font.Metrics.Ascent, -bounds.Top);
    }

    public void Dispose()
    {
        if (!ReferenceEquals(_bold, _regular))
        {
            _bold.Dispose();
        }

        _regular.Dispose();
    }

    internal static MonochromeBitmap Threshold(SKBitmap bitmap)
    {
        var image = new MonochromeBitmap(bitmap.Width, bitmap.Height);
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < bitmap.Height; y++)
        {
            var row = pixels.Slice(y * stride, bitmap.Width);
            for (var x = 0; x < row.Length; x++)
            {
                if (row[x] < 128)
                {
                    image[x, y] = true;
                }
            }
        }

        return image;
    }

    private SKFont CreateFont(bool bold, float scale) =>
        new(bold ? _bold : _regular, BaseSize * scale) { Subpixel = true, Edging = SKFontEdging.Antialias };

    private static void WrapParagraph(string paragraph, int width, SKFont font, List<string> lines)
    {
        if (paragraph.Length == 0 || font.MeasureText(paragraph) <= width)
        {
            lines.Add(paragraph);
            return;
        }

        // Leading spaces are indentation (list items): kept on the first line.
        var trimmed = paragraph.TrimStart(' ');
        var current = paragraph[..(paragraph.Length - trimmed.Length)];
        var atStart = true;
        foreach (var word in trimmed.Split(' '))
        {
            var candidate = atStart ? current + word : current + " " + word;
            if (font.MeasureText(candidate) <= width)
            {
                current = candidate;
                atStart = false;
                continue;
            }

            if (current.Length > 0)
            {
                lines.Add(current);
            }

            current = word;
            atStart = false;
            // A single word wider than the paper is split by text element, never dropped.
            while (font.MeasureText(current) > width)
            {
                var cut = FitPrefix(current, width, font);
                lines.Add(current[..cut]);
                current = current[cut..];
            }
        }

        lines.Add(current);
    }

    private static int FitPrefix(string word, int width, SKFont font)
    {
        var indexes = System.Globalization.StringInfo.ParseCombiningCharacters(word);
        var fit = indexes.Length > 1 ? indexes[1] : word.Length;
        for (var i = 1; i < indexes.Length; i++)
        {
            if (font.MeasureText(word[..indexes[i]]) > width)
            {
                break;
            }

            fit = indexes[i];
        }

        return fit;
    }
}
