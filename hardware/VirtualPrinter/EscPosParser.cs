namespace CounterNode.VirtualPrinter;

/// <summary>
/// Parses an ESC/POS byte stream, written from Epson's ESC/POS command reference (independent of
/// the Node's encoder, so the two check each other). It pulls bytes as they arrive, so real-time
/// commands (DLE EOT) are answered as soon as they are read. Unknown commands are reported, not
/// guessed: an unknown ESC or GS code skips only its code byte.
/// </summary>
public sealed class EscPosParser(IByteSource source, IEscPosSink sink, IStatusChannel status)
{
    private const byte Esc = 0x1B;
    private const byte Gs = 0x1D;
    private const byte Dle = 0x10;

    /// <summary>Runs until the host closes the connection.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var b = await source.ReadByteAsync(cancellationToken).ConfigureAwait(false);
            if (b < 0)
            {
                return;
            }

            switch (b)
            {
                case Esc:
                    if (!await EscAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
                case Gs:
                    if (!await GsAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
                case Dle:
                    if (!await DleAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return;
                    }

                    break;
                case 0x0A:
                    sink.LineFeed();
                    break;
                case 0x0D:
                    break; // CR: ignored, LF prints
                case 0x09:
                    sink.Character((byte)' ');
                    break;
                case 0x11 or 0x13 or 0x00:
                    break;
                default:
                    if (b >= 0x20)
                    {
                        sink.Character((byte)b);
                    }
                    else
                    {
                        sink.Unknown($"control 0x{b:X2}");
                    }

                    break;
            }
        }
    }

    private async Task<bool> EscAsync(CancellationToken ct)
    {
        var code = await Next(ct).ConfigureAwait(false);
        switch (code)
        {
            case < 0:
                return false;
            case 0x40: // ESC @
                sink.Initialize();
                return true;
            case 0x32: // ESC 2
                sink.LineSpacing(null);
                return true;
        }

        // Every other ESC command we know takes exactly one parameter byte.
        var n = await Next(ct).ConfigureAwait(false);
        if (n < 0)
        {
            return false;
        }

        switch (code)
        {
            case 0x61: sink.Align(n is 0 or 48 ? 0 : n is 1 or 49 ? 1 : 2); break; // ESC a
            case 0x45: sink.Bold((n & 1) != 0); break; // ESC E
            case 0x47: sink.Bold((n & 1) != 0); break; // ESC G (double strike prints as bold)
            case 0x33: sink.LineSpacing(n); break; // ESC 3
            case 0x64: sink.FeedLines(n); break; // ESC d
            case 0x4A: sink.FeedDots(n); break; // ESC J
            case 0x74: sink.SelectCodePage(n); break; // ESC t
            case 0x21: // ESC ! print mode: bit 3 emphasised, bit 4 double height, bit 5 double width
                sink.Bold((n & 0x08) != 0);
                sink.CharacterSize((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1);
                break;
            case 0x2D or 0x4D or 0x52 or 0x7B or 0x56 or 0x20: // underline, font, country, upside-down, rotate, spacing
                sink.Unknown($"ESC {(char)code} {n} (ignored)");
                break;
            default:
                sink.Unknown($"ESC 0x{code:X2} 0x{n:X2}");
                break;
        }

        return true;
    }

    private async Task<bool> GsAsync(CancellationToken ct)
    {
        var code = await Next(ct).ConfigureAwait(false);
        if (code < 0)
        {
            return false;
        }

        switch (code)
        {
            case 0x21: // GS ! n
                return await One(ct, n => sink.CharacterSize(((n >> 4) & 7) + 1, (n & 7) + 1)).ConfigureAwait(false);
            case 0x68: // GS h
                return await One(ct, sink.BarcodeHeight).ConfigureAwait(false);
            case 0x77: // GS w
                return await One(ct, sink.BarcodeModuleWidth).ConfigureAwait(false);
            case 0x48: // GS H
                return await One(ct, n => sink.BarcodeTextPosition(n & 3)).ConfigureAwait(false);
            case 0x66: // GS f (HRI font)
                return await One(ct, _ => { }).ConfigureAwait(false);
            case 0x42: // GS B (reverse)
                return await One(ct, n => sink.Unknown($"GS B {n} (ignored)")).ConfigureAwait(false);
            case 0x61: // GS a: automatic status back
            {
                var n = await Next(ct).ConfigureAwait(false);
                if (n < 0)
                {
                    return false;
                }

                await status.AutomaticStatusBackAsync(n, ct).ConfigureAwait(false);
                return true;
            }

            case 0x56: // GS V m [n]
            {
                var m = await Next(ct).ConfigureAwait(false);
                if (m < 0)
                {
                    return false;
                }

                if (m is 65 or 66 or 97 or 98 or 103 or 104)
                {
                    var n = await Next(ct).ConfigureAwait(false);
                    if (n < 0)
                    {
                        return false;
                    }

                    sink.Cut(m % 2 == 0, n);
                }
                else
                {
                    sink.Cut(m is 1 or 49, 0);
                }

                return true;
            }

            case 0x6B: // GS k m
                return await BarcodeAsync(ct).ConfigureAwait(false);
            case 0x28: // GS ( fn pL pH ...
                return await GsParenAsync(ct).ConfigureAwait(false);
            case 0x76: // GS v 0 m xL xH yL yH d...
                return await RasterAsync(ct).ConfigureAwait(false);
            case 0x4C or 0x57: // GS L / GS W: two parameter bytes
            {
                var lo = await Next(ct).ConfigureAwait(false);
                var hi = await Next(ct).ConfigureAwait(false);
                if (hi < 0)
                {
                    return false;
                }

                sink.Unknown($"GS {(char)code} {lo + (256 * hi)} (ignored)");
                return true;
            }

            default:
                sink.Unknown($"GS 0x{code:X2}");
                return true;
        }
    }

    private async Task<bool> DleAsync(CancellationToken ct)
    {
        var code = await Next(ct).ConfigureAwait(false);
        if (code < 0)
        {
            return false;
        }

        var n = await Next(ct).ConfigureAwait(false);
        if (n < 0)
        {
            return false;
        }

        if (code == 0x04)
        {
            await status.RealTimeStatusAsync(n, ct).ConfigureAwait(false);
        }
        else
        {
            sink.Unknown($"DLE 0x{code:X2} {n}");
        }

        return true;
    }

    private async Task<bool> BarcodeAsync(CancellationToken ct)
    {
        var m = await Next(ct).ConfigureAwait(false);
        if (m < 0)
        {
            return false;
        }

        var data = new List<byte>();
        if (m <= 6)
        {
            // Function A: data ends with NUL.
            while (true)
            {
                var d = await Next(ct).ConfigureAwait(false);
                if (d < 0)
                {
                    return false;
                }

                if (d == 0)
                {
                    break;
                }

                data.Add((byte)d);
            }

            sink.Barcode(m + 65, [.. data]);
            return true;
        }

        var length = await Next(ct).ConfigureAwait(false);
        if (length < 0)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            var d = await Next(ct).ConfigureAwait(false);
            if (d < 0)
            {
                return false;
            }

            data.Add((byte)d);
        }

        sink.Barcode(m, [.. data]);
        return true;
    }

    private async Task<bool> GsParenAsync(CancellationToken ct)
    {
        var fn = await Next(ct).ConfigureAwait(false);
        var pl = await Next(ct).ConfigureAwait(false);
        var ph = await Next(ct).ConfigureAwait(false);
        if (ph < 0)
        {
            return false;
        }

        var length = pl + (256 * ph);
        var body = new byte[length];
        for (var i = 0; i < length; i++)
        {
            var d = await Next(ct).ConfigureAwait(false);
            if (d < 0)
            {
                return false;
            }

            body[i] = (byte)d;
        }

        if (fn != 0x6B || length < 2 || body[0] != 49)
        {
            sink.Unknown($"GS ( 0x{fn:X2} with {length} bytes");
            return true;
        }

        switch (body[1])
        {
            case 65 when length >= 3: sink.QrModel(body[2] - 48); break; // fn 165: model
            case 67 when length >= 3: sink.QrModuleSize(body[2]); break; // fn 167: size
            case 69 when length >= 3: sink.QrErrorCorrection(body[2] - 48); break; // fn 169: error level
            case 80 when length >= 3: sink.QrStore(body[3..]); break; // fn 180: store (after m = 48)
            case 81: sink.QrPrint(); break; // fn 181: print
            default: sink.Unknown($"GS ( k fn {body[1]}"); break;
        }

        return true;
    }

    private async Task<bool> RasterAsync(CancellationToken ct)
    {
        var zero = await Next(ct).ConfigureAwait(false);
        var m = await Next(ct).ConfigureAwait(false);
        var xl = await Next(ct).ConfigureAwait(false);
        var xh = await Next(ct).ConfigureAwait(false);
        var yl = await Next(ct).ConfigureAwait(false);
        var yh = await Next(ct).ConfigureAwait(false);
        if (yh < 0)
        {
            return false;
        }

        if (zero != 0x30)
        {
            sink.Unknown($"GS v 0x{zero:X2}");
            return true;
        }

        var width = xl + (256 * xh);
        var height = yl + (256 * yh);
        var data = new byte[width * height];
        for (var i = 0; i < data.Length; i++)
        {
            var d = await Next(ct).ConfigureAwait(false);
            if (d < 0)
            {
                return false;
            }

            data[i] = (byte)d;
        }

        sink.Raster(m, width, height, data);
        return true;
    }

    private async Task<bool> One(CancellationToken ct, Action<int> apply)
    {
        var n = await Next(ct).ConfigureAwait(false);
        if (n < 0)
        {
            return false;
        }

        apply(n);
        return true;
    }

    private ValueTask<int> Next(CancellationToken ct) => source.ReadByteAsync(ct);
}
