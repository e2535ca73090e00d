namespace CounterNode.Node.Devices.Printing.Status;

/// <summary>
/// Decodes status bytes (Epson ESC/POS). Every real-time reply byte matches <c>0xx1xx10</c>; the
/// first automatic-status-back byte matches <c>0xx1xx00</c>. Anything else is garbage and is
/// refused with <see cref="PrinterStatusFormatException"/> — never guessed.
/// </summary>
public static class PrinterStatusDecoder
{
    /// <summary>Whether <paramref name="b"/> has the fixed bits of a DLE EOT reply.</summary>
    public static bool IsRealTimeReply(byte b) => (b & 0x93) == 0x12;

    /// <summary>Whether <paramref name="b"/> can start an automatic status back block.</summary>
    public static bool IsAutomaticStatusHeader(byte b) => (b & 0x93) == 0x10;

    /// <summary>Status from the replies to DLE EOT 1, 2, 3 and 4.</summary>
    public static PrinterStatus FromRealTime(byte printer, byte offlineCause, byte error, byte paper)
    {
        Check(printer, 1);
        Check(offlineCause, 2);
        Check(error, 3);
        Check(paper, 4);
        return new PrinterStatus(
            Reachable: true,
            Online: (printer & 0x08) == 0,
            CoverOpen: (offlineCause & 0x04) != 0,
            PaperNearEnd: (paper & 0x0C) != 0,
            PaperOut: (paper & 0x60) != 0 || (offlineCause & 0x20) != 0,
            CutterError: (error & 0x08) != 0,
            UnrecoverableError: (error & 0x20) != 0);
    }

    /// <summary>
    /// Status from a 4-byte automatic status back block: byte 1 bit 3 offline, bit 5 cover open;
    /// byte 2 bit 3 autocutter error, bit 5 unrecoverable error; byte 3 bits 0–1 paper near end,
    /// bits 2–3 paper end.
    /// </summary>
    public static PrinterStatus FromAutomaticStatusBack(ReadOnlySpan<byte> block)
    {
        if (block.Length != 4)
        {
            throw new PrinterStatusFormatException($"Automatic status back has 4 bytes, got {block.Length}.", block.ToArray());
        }

        if (!IsAutomaticStatusHeader(block[0]) || (block[1] & 0x90) != 0 || (block[2] & 0x90) != 0 || (block[3] & 0x90) != 0)
        {
            throw new PrinterStatusFormatException($"Not an automatic status back block: {Convert.ToHexString(block)}.", block.ToArray());
        }

        return new PrinterStatus(
            Reachable: true,
            Online: (block[0] & 0x08) == 0,
            CoverOpen: (block[0] & 0x20) != 0,
            PaperNearEnd: (block[2] & 0x03) != 0,
            PaperOut: (block[2] & 0x0C) != 0,
            CutterError: (block[1] & 0x08) != 0,
            UnrecoverableError: (block[1] & 0x20) != 0);
    }

    private static void Check(byte b, int n)
    {
        if (!IsRealTimeReply(b))
        {
            throw new PrinterStatusFormatException($"Reply 0x{b:X2} to DLE EOT {n} does not have the fixed status bits (0xx1xx10).", [b]);
        }
    }
}
