using System.Buffers;
using System.Text;

namespace CounterNode.Node.Devices.Printing.EscPos;

/// <summary>
/// A small fluent builder of ESC/POS bytes (Epson ESC/POS reference; facts in
/// <c>hardware-notes/ESCPOS.md</c>). Every method writes exactly one command with its length bytes
/// computed from the data; arguments the printer cannot take are refused with
/// <see cref="EscPosArgumentException"/> rather than truncated.
/// </summary>
public sealed class EscPosBuilder
{
    private const byte Esc = 0x1B;
    private const byte Gs = 0x1D;
    private const byte Dle = 0x10;
    private const byte Eot = 0x04;
    private const byte Lf = 0x0A;

    /// <summary>Largest QR payload per error level for model 2, version 40, byte mode.</summary>
    private static readonly Dictionary<QrErrorCorrection, int> QrByteCapacity = new()
    {
        [QrErrorCorrection.L] = 2953,
        [QrErrorCorrection.M] = 2331,
        [QrErrorCorrection.Q] = 1663,
        [QrErrorCorrection.H] = 1273,
    };

    private readonly ArrayBufferWriter<byte> _buffer;

    public EscPosBuilder(int initialCapacity = 4096)
    {
        _buffer = new ArrayBufferWriter<byte>(Math.Max(16, initialCapacity));
    }

    /// <summary>Number of bytes written so far.</summary>
    public int Length => _buffer.WrittenCount;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    public byte[] ToArray() => _buffer.WrittenSpan.ToArray();

    /// <summary><c>ESC @</c>: clears the print buffer and resets modes.</summary>
    public EscPosBuilder Initialize() => Write(Esc, 0x40);

    /// <summary><c>ESC a n</c>.</summary>
    public EscPosBuilder Align(TextAlignment alignment)
    {
        if (!Enum.IsDefined(alignment))
        {
            throw new EscPosArgumentException($"Unknown alignment {alignment}.", nameof(alignment));
        }

        return Write(Esc, 0x61, (byte)alignment);
    }

    /// <summary><c>ESC E n</c>.</summary>
    public EscPosBuilder Bold(bool on) => Write(Esc, 0x45, on ? (byte)1 : (byte)0);

    /// <summary><c>GS ! n</c>: width and height multipliers 1–8.</summary>
    public EscPosBuilder CharacterSize(int width, int height)
    {
        if (width is < 1 or > 8 || height is < 1 or > 8)
        {
            throw new EscPosArgumentException($"Character size must be 1–8 in each direction, got {width}×{height}.");
        }

        return Write(Gs, 0x21, (byte)(((width - 1) << 4) | (height - 1)));
    }

    /// <summary><c>ESC 2</c>: default line spacing.</summary>
    public EscPosBuilder DefaultLineSpacing() => Write(Esc, 0x32);

    /// <summary><c>ESC 3 n</c>: line spacing in dots.</summary>
    public EscPosBuilder LineSpacing(byte dots) => Write(Esc, 0x33, dots);

    /// <summary><c>ESC d n</c>: print the buffer and feed n lines.</summary>
    public EscPosBuilder Feed(byte lines) => Write(Esc, 0x64, lines);

    /// <summary><c>LF</c>: print the buffer and feed one line.</summary>
    public EscPosBuilder NewLine() => Write(Lf);

    /// <summary><c>ESC t n</c>: select the character code table.</summary>
    public EscPosBuilder SelectCodePage(byte page) => Write(Esc, 0x74, page);

    /// <summary><c>GS V 0</c> (full) or <c>GS V 1</c> (partial).</summary>
    public EscPosBuilder Cut(CutMode mode = CutMode.Partial) => Write(Gs, 0x56, mode == CutMode.Full ? (byte)0 : (byte)1);

    /// <summary><c>GS V 66 n</c>: feed n dots (to the cutter) and cut partially.</summary>
    public EscPosBuilder FeedAndCut(byte dots) => Write(Gs, 0x56, 0x42, dots);

    /// <summary>Raw bytes already in the printer's code page (e.g. from a code-page text encoder).</summary>
    public EscPosBuilder Raw(ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }

    /// <summary>ASCII text. Anything outside 0x20–0x7E (other than LF) is refused, never cut to its low byte.</summary>
    public EscPosBuilder Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < 0x20 || c > 0x7E) && c != '\n')
            {
                throw new UnencodableCharacterException("ASCII", text.Substring(i, char.IsSurrogate(c) && i + 1 < text.Length ? 2 : 1), i);
            }
        }

        var span = _buffer.GetSpan(text.Length);
        var written = Encoding.ASCII.GetBytes(text, span);
        _buffer.Advance(written);
        return this;
    }

    /// <summary>ASCII text followed by LF.</summary>
    public EscPosBuilder Line(string text) => Text(text).NewLine();

    /// <summary>
    /// CODE128 with height, module width and HRI position: <c>GS h</c>, <c>GS w</c>, <c>GS H</c>,
    /// then <c>GS k 73 n {X…</c> with the code sets chosen by <see cref="Code128Encoder"/>.
    /// </summary>
    public EscPosBuilder Code128(string data, byte heightDots = 80, byte moduleWidth = 2, BarcodeTextPosition hri = BarcodeTextPosition.Below)
    {
        if (moduleWidth is < 1 or > 6)
        {
            throw new EscPosArgumentException($"Barcode module width must be 1–6 dots, got {moduleWidth}.", nameof(moduleWidth));
        }

        if (heightDots == 0)
        {
            throw new EscPosArgumentException("Barcode height must be at least one dot.", nameof(heightDots));
        }

        var payload = Code128Encoder.Encode(data);
        Write(Gs, 0x68, heightDots);
        Write(Gs, 0x77, moduleWidth);
        Write(Gs, 0x48, (byte)hri);
        Write(Gs, 0x6B, 0x49, (byte)payload.Length);
        return Raw(payload);
    }

    /// <summary>
    /// QR code, model 2: select the model, module size (1–16 dots), error correction, store the
    /// data (UTF-8) with pL pH = len + 3, print.
    /// </summary>
    public EscPosBuilder QrCode(string data, byte moduleSize = 6, QrErrorCorrection errorCorrection = QrErrorCorrection.M)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (moduleSize is < 1 or > 16)
        {
            throw new EscPosArgumentException($"QR module size must be 1–16 dots, got {moduleSize}.", nameof(moduleSize));
        }

        if (!QrByteCapacity.TryGetValue(errorCorrection, out var capacity))
        {
            throw new EscPosArgumentException($"Unknown QR error correction {errorCorrection}.", nameof(errorCorrection));
        }

        var payload = Encoding.UTF8.GetBytes(data);
        if (payload.Length == 0 || payload.Length > capacity)
        {
            throw new EscPosArgumentException(
                $"QR data must be 1–{capacity} bytes at error level {errorCorrection}, got {payload.Length}.", nameof(data));
        }

        var storeLength = payload.Length + 3;
        Write(Gs, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00);
        Write(Gs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, moduleSize);
        Write(Gs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, (byte)errorCorrection);
        Write(Gs, 0x28, 0x6B, (byte)(storeLength & 0xFF), (byte)(storeLength >> 8), 0x31, 0x50, 0x30);
        Raw(payload);
        return Write(Gs, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30);
    }

    /// <summary>
    /// A raster image as consecutive <c>GS v 0</c> commands of at most <paramref name="bandHeight"/>
    /// rows each, so a tall image never overflows the printer's buffer.
    /// </summary>
    public EscPosBuilder RasterImage(MonochromeBitmap image, int bandHeight = 24)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (bandHeight is < 1 or > 2303)
        {
            throw new EscPosArgumentException($"Band height must be 1–2303 rows, got {bandHeight}.", nameof(bandHeight));
        }

        if (image.BytesPerRow > 0xFFFF)
        {
            throw new EscPosArgumentException($"Image of {image.Width} dots is too wide for GS v 0.", nameof(image));
        }

        for (var row = 0; row < image.Height; row += bandHeight)
        {
            var rows = Math.Min(bandHeight, image.Height - row);
            Write(Gs, 0x76, 0x30, 0x00,
                (byte)(image.BytesPerRow & 0xFF), (byte)(image.BytesPerRow >> 8),
                (byte)(rows & 0xFF), (byte)(rows >> 8));
            Raw(image.Rows(row, rows));
        }

        return this;
    }

    /// <summary><c>DLE EOT n</c> (n = 1–4): real-time status request.</summary>
    public EscPosBuilder RealTimeStatus(byte n)
    {
        if (n is < 1 or > 4)
        {
            throw new EscPosArgumentException($"DLE EOT takes n = 1–4, got {n}.", nameof(n));
        }

        return Write(Dle, Eot, n);
    }

    /// <summary><c>GS a n</c>: automatic status back; <c>0</c> turns it off.</summary>
    public EscPosBuilder AutomaticStatusBack(byte flags) => Write(Gs, 0x61, flags);

    private EscPosBuilder Write(params ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }
}
