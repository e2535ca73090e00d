using System.Globalization;
using System.Text;
using QRCoder;
using SkiaSharp;

namespace CounterNode.VirtualPrinter;

/// <summary>
/// Draws what the parser reports onto a roll of paper <see cref="DotsPerLine"/> dots wide, the way
/// an 80 mm printer with font A (12×24) would, and keeps a text transcript. When the printer state
/// says it cannot print (paper out, cover open…), printing commands are dropped, as on a real
/// printer that has stopped.
/// </summary>
public sealed class PaperRoll : IEscPosSink, IDisposable
{
    private const int CellWidth = 12;
    private const int CellHeight = 24;
    private const int DefaultLineSpacing = 30;

    private readonly VirtualPrinterState _state;
    private readonly List<byte[]> _rows = [];
    private readonly List<Glyph> _line = [];
    private readonly StringBuilder _transcript = new();
    private readonly SKTypeface _mono;
    private readonly SKTypeface _monoBold;
    private readonly SKTypeface _sans;
    private readonly SKTypeface _sansBold;
    private int _y;
    private int _align;
    private bool _bold;
    private int _width = 1;
    private int _height = 1;
    private int _lineSpacing = DefaultLineSpacing;
    private int _codePage;
    private int _barcodeHeight = 162;
    private int _barcodeModule = 3;
    private int _hri;
    private int _qrSize = 3;
    private QRCodeGenerator.ECCLevel _qrLevel = QRCodeGenerator.ECCLevel.L;
    private byte[] _qrData = [];
    private (int Start, int End, int Width, int Height)? _lastRaster;
    private int _rasterBands;

    public PaperRoll(int dotsPerLine, VirtualPrinterState state)
    {
        DotsPerLine = dotsPerLine;
        _state = state;
        _mono = SKFontManager.Default.MatchFamily("DejaVu Sans Mono", SKFontStyle.Normal) ?? SKTypeface.Default;
        _monoBold = SKFontManager.Default.MatchFamily("DejaVu Sans Mono", SKFontStyle.Bold) ?? _mono;
        // DejaVu Sans Mono lacks many toned Vietnamese letters; those cells fall back to DejaVu Sans.
        _sans = SKFontManager.Default.MatchFamily("DejaVu Sans", SKFontStyle.Normal) ?? _mono;
        _sansBold = SKFontManager.Default.MatchFamily("DejaVu Sans", SKFontStyle.Bold) ?? _sans;
    }

    public int DotsPerLine { get; }

    /// <summary>Anything drawn (text, barcode, raster…)?</summary>
    public bool HasContent { get; private set; }

    /// <summary>Bytes of printing commands dropped because the printer could not print.</summary>
    public int DiscardedCommands { get; private set; }

    public string Transcript => _transcript.ToString();

    /// <summary>Decoded CODE128 texts, in print order.</summary>
    public List<string> Barcodes { get; } = [];

    /// <summary>Stored QR payloads printed, in print order.</summary>
    public List<string> QrCodes { get; } = [];

    public void Initialize()
    {
        _line.Clear();
        _align = 0;
        _bold = false;
        _width = _height = 1;
        _lineSpacing = DefaultLineSpacing;
        _codePage = 0;
    }

    public void Align(int justification) => _align = justification;

    public void Bold(bool on) => _bold = on;

    public void CharacterSize(int width, int height)
    {
        _width = width;
        _height = height;
    }

    public void LineSpacing(int? dots) => _lineSpacing = dots ?? DefaultLineSpacing;

    public void SelectCodePage(int page) => _codePage = page;

    public void Character(byte value)
    {
        if (!Printable())
        {
            return;
        }

        var columns = _line.Sum(g => IsCombining(g) ? 0 : g.Width);
        if (columns + _width > DotsPerLine / CellWidth)
        {
            PrintLine(); // the printer wraps a full line by itself
        }

        _line.Add(new Glyph(value, _codePage, _bold, _width, _height));
    }

    public void LineFeed()
    {
        if (!Printable())
        {
            return;
        }

        PrintLine();
    }

    public void FeedLines(int lines)
    {
        if (!Printable())
        {
            return;
        }

        if (_line.Count > 0)
        {
            PrintLine();
            lines = Math.Max(0, lines - 1);
        }

        _y += lines * _lineSpacing;
    }

    public void FeedDots(int dots)
    {
        if (Printable())
        {
            _y += dots;
        }
    }

    public void Cut(bool partial, int feedDots)
    {
        if (!Printable())
        {
            return;
        }

        FlushLine();
        _y += feedDots;
        EnsureRows(_y + 12);
        for (var x = 0; x < DotsPerLine; x += 8)
        {
            for (var dx = 0; dx < 4 && x + dx < DotsPerLine; dx++)
            {
                _rows[_y + 6][x + dx] = 1;
            }
        }

        _y += 12;
        _transcript.AppendLine(partial ? "[cut: partial]" : "[cut: full]");
    }

    public void BarcodeHeight(int dots) => _barcodeHeight = Math.Max(1, dots);

    public void BarcodeModuleWidth(int dots) => _barcodeModule = Math.Clamp(dots, 1, 6);

    public void BarcodeTextPosition(int position) => _hri = position;

    public void Barcode(int system, byte[] data)
    {
        if (!Printable())
        {
            return;
        }

        FlushLine();
        if (system != 73)
        {
            _transcript.AppendLine(CultureInfo.InvariantCulture, $"[barcode system {system} not drawn]");
            return;
        }

        List<int> values;
        string text;
        try
        {
            (values, text) = Code128Symbols.Decode(data);
        }
        catch (FormatException ex)
        {
            _transcript.AppendLine(CultureInfo.InvariantCulture, $"[CODE128 rejected: {ex.Message}]");
            return;
        }

        var modules = Code128Symbols.Modules(values).ToList();
        var total = modules.Sum() * _barcodeModule;
        var left = Left(total);
        if (_hri is 1 or 3)
        {
            DrawSmallText(text);
        }

        EnsureRows(_y + _barcodeHeight);
        var x = left;
        var bar = true;
        foreach (var m in modules)
        {
            var w = m * _barcodeModule;
            if (bar)
            {
                for (var dy = 0; dy < _barcodeHeight; dy++)
                {
                    for (var dx = 0; dx < w && x + dx < DotsPerLine; dx++)
                    {
                        if (x + dx >= 0)
                        {
                            _rows[_y + dy][x + dx] = 1;
                        }
                    }
                }
            }

            x += w;
            bar = !bar;
        }

        _y += _barcodeHeight + 4;
        if (_hri is 2 or 3)
        {
            DrawSmallText(text);
        }

        HasContent = true;
        Barcodes.Add(text);
        _transcript.AppendLine(CultureInfo.InvariantCulture, $"[CODE128 {text}]");
    }

    public void QrModel(int model)
    {
        if (model != 2)
        {
            _transcript.AppendLine(CultureInfo.InvariantCulture, $"[QR model {model}: only model 2 is drawn]");
        }
    }

    public void QrModuleSize(int dots) => _qrSize = Math.Clamp(dots, 1, 16);

    public void QrErrorCorrection(int level) => _qrLevel = level switch
    {
        0 => QRCodeGenerator.ECCLevel.L,
        1 => QRCodeGenerator.ECCLevel.M,
        2 => QRCodeGenerator.ECCLevel.Q,
        _ => QRCodeGenerator.ECCLevel.H,
    };

    public void QrStore(byte[] data) => _qrData = data;

    public void QrPrint()
    {
        if (!Printable())
        {
            return;
        }

        FlushLine();
        var payload = Encoding.UTF8.GetString(_qrData);
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(payload, _qrLevel);
        var matrix = qr.ModuleMatrix;
        var size = matrix.Count * _qrSize;
        var left = Left(size);
        EnsureRows(_y + size);
        for (var my = 0; my < matrix.Count; my++)
        {
            for (var mx = 0; mx < matrix.Count; mx++)
            {
                if (!matrix[my][mx])
                {
                    continue;
                }

                for (var dy = 0; dy < _qrSize; dy++)
                {
                    for (var dx = 0; dx < _qrSize; dx++)
                    {
                        var px = left + (mx * _qrSize) + dx;
                        if (px >= 0 && px < DotsPerLine)
                        {
                            _rows[_y + (my * _qrSize) + dy][px] = 1;
                        }
                    }
                }
            }
        }

        _y += size;
        HasContent = true;
        QrCodes.Add(payload);
        _transcript.AppendLine(CultureInfo.InvariantCulture, $"[QR {_qrLevel} {payload}]");
    }

    public void Raster(int mode, int widthBytes, int height, byte[] data)
    {
        if (!Printable())
        {
            return;
        }

        FlushLine();
        var scaleX = mode is 1 or 3 or 49 or 51 ? 2 : 1;
        var scaleY = mode is 2 or 3 or 50 or 51 ? 2 : 1;
        var width = widthBytes * 8 * scaleX;
        var left = Left(width);
        EnsureRows(_y + (height * scaleY));
        for (var row = 0; row < height; row++)
        {
            for (var col = 0; col < widthBytes * 8; col++)
            {
                if ((data[(row * widthBytes) + (col >> 3)] & (0x80 >> (col & 7))) == 0)
                {
                    continue;
                }

                for (var sy = 0; sy < scaleY; sy++)
                {
                    for (var sx = 0; sx < scaleX; sx++)
                    {
                        var px = left + (col * scaleX) + sx;
                        if (px >= 0 && px < DotsPerLine)
                        {
                            _rows[_y + (row * scaleY) + sy][px] = 1;
                        }
                    }
                }
            }
        }

        _y += height * scaleY;
        HasContent = true;
        // Consecutive bands of one image read as one image in the transcript.
        if (_lastRaster is { } last && last.Width == widthBytes * 8 && _transcript.Length == last.End)
        {
            _transcript.Length = last.Start;
            height += last.Height;
            _rasterBands++;
        }
        else
        {
            _rasterBands = 1;
        }

        var start = _transcript.Length;
        _transcript.AppendLine(CultureInfo.InvariantCulture, $"[raster {widthBytes * 8}x{height}, {_rasterBands} band(s)]");
        _lastRaster = (start, _transcript.Length, widthBytes * 8, height);
    }

    public void Unknown(string description) =>
        _transcript.AppendLine(CultureInfo.InvariantCulture, $"[{description}]");

    /// <summary>Prints what is left in the line buffer (end of job).</summary>
    public void FlushLine()
    {
        if (_line.Count > 0)
        {
            PrintLine();
        }
    }

    /// <summary>The dots drawn so far (1 = black), row by row.</summary>
    public bool IsBlack(int x, int y) => y < _rows.Count && _rows[y][x] != 0;

    public int Height => Math.Max(_y, _rows.Count);

    /// <summary>The roll as a PNG (white paper, black dots).</summary>
    public byte[] ToPng()
    {
        var height = Math.Max(1, Height);
        using var bitmap = new SKBitmap(new SKImageInfo(DotsPerLine, height, SKColorType.Gray8, SKAlphaType.Opaque));
        var pixels = bitmap.GetPixelSpan();
        var stride = bitmap.RowBytes;
        for (var y = 0; y < height; y++)
        {
            var row = y < _rows.Count ? _rows[y] : null;
            for (var x = 0; x < DotsPerLine; x++)
            {
                pixels[(y * stride) + x] = row is not null && row[x] != 0 ? (byte)0 : (byte)255;
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public void Dispose()
    {
        _sansBold.Dispose();
        if (!ReferenceEquals(_sans, _sansBold))
        {
            _sans.Dispose();
        }

        if (!ReferenceEquals(_monoBold, _mono))
        {
            _monoBold.Dispose();
        }

        _mono.Dispose();
    }

    private bool Printable()
    {
        if (_state.CanPrint)
        {
            return true;
        }

        DiscardedCommands++;
        return false;
    }

    private int Left(int width) => _align switch
    {
        1 => Math.Max(0, (DotsPerLine - width) / 2),
        2 => Math.Max(0, DotsPerLine - width),
        _ => 0,
    };

    private void EnsureRows(int count)
    {
        while (_rows.Count < count)
        {
            _rows.Add(new byte[DotsPerLine]);
        }
    }

    private static bool IsCombining(Glyph glyph) =>
        (glyph.CodePage is 52 or 94) && glyph.Value is 0xCC or 0xD2 or 0xDE or 0xEC or 0xF2;

    private void PrintLine()
    {
        var maxHeight = _line.Count == 0 ? 1 : _line.Max(g => g.Height);
        // Decode runs of the same code page and style, then recombine tone marks (NFC).
        var cells = new List<(string Text, Glyph Style)>();
        var text = new StringBuilder();
        var i = 0;
        while (i < _line.Count)
        {
            var start = i;
            while (i < _line.Count && _line[i].CodePage == _line[start].CodePage && _line[i].Bold == _line[start].Bold
                   && _line[i].Width == _line[start].Width && _line[i].Height == _line[start].Height)
            {
                i++;
            }

            var bytes = _line.GetRange(start, i - start).Select(g => g.Value).ToArray();
            var decoded = CodePageDecoder.Decode(_line[start].CodePage, bytes).Normalize(NormalizationForm.FormC);
            text.Append(decoded);
            var elements = StringInfo.GetTextElementEnumerator(decoded);
            while (elements.MoveNext())
            {
                cells.Add((elements.GetTextElement(), _line[start]));
            }
        }

        var lineText = text.ToString();
        var lineWidth = cells.Sum(c => c.Style.Width * CellWidth);
        var left = Left(lineWidth);
        var lineHeight = Math.Max(_lineSpacing, (CellHeight * maxHeight) + 6);
        EnsureRows(_y + lineHeight);
        if (cells.Count > 0)
        {
            DrawCells(cells, left, lineHeight, maxHeight);
            HasContent = true;
        }

        _transcript.AppendLine(lineText);
        _y += lineHeight;
        _line.Clear();
    }

    private void DrawCells(List<(string Text, Glyph Style)> cells, int left, int lineHeight, int maxHeight)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(DotsPerLine, lineHeight, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            var x = (float)left;
            var baseline = (CellHeight * maxHeight) - 4f;
            foreach (var (cell, style) in cells)
            {
                using var font = new SKFont(style.Bold ? _monoBold : _mono, 20f * style.Height)
                {
                    ScaleX = (float)style.Width / style.Height,
                };
                if (!font.ContainsGlyphs(cell.Normalize(NormalizationForm.FormC)))
                {
                    font.Typeface = style.Bold ? _sansBold : _sans;
                    font.ScaleX *= 0.85f; // keep the wider sans letter inside its 12-dot cell
                }
                canvas.DrawText(cell, x, baseline + 2, SKTextAlign.Left, font, paint);
                x += style.Width * CellWidth;
            }
        }

        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < lineHeight; y++)
        {
            for (var x = 0; x < DotsPerLine; x++)
            {
                if (pixels[(y * bitmap.RowBytes) + x] < 128)
                {
                    _rows[_y + y][x] = 1;
                }
            }
        }
    }

    private void DrawSmallText(string text)
    {
        var lineHeight = 22;
        EnsureRows(_y + lineHeight);
        using var bitmap = new SKBitmap(new SKImageInfo(DotsPerLine, lineHeight, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        using (var font = new SKFont(_mono, 15f))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawText(text, DotsPerLine / 2f, 16, SKTextAlign.Center, font, paint);
        }

        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < lineHeight; y++)
        {
            for (var x = 0; x < DotsPerLine; x++)
            {
                if (pixels[(y * bitmap.RowBytes) + x] < 128)
                {
                    _rows[_y + y][x] = 1;
                }
            }
        }

        _y += lineHeight;
    }

    private readonly record struct Glyph(byte Value, int CodePage, bool Bold, int Width, int Height);
}
