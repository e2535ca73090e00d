namespace CounterNode.VirtualPrinter;

/// <summary>What the parser found, command by command (printing side).</summary>
public interface IEscPosSink
{
    void Initialize();

    void Align(int justification);

    void Bold(bool on);

    void CharacterSize(int width, int height);

    /// <summary>Line spacing in dots, or null for the default.</summary>
    void LineSpacing(int? dots);

    void SelectCodePage(int page);

    /// <summary>A printable byte in the current code page.</summary>
    void Character(byte value);

    /// <summary>LF: print the line buffer and feed one line.</summary>
    void LineFeed();

    void FeedLines(int lines);

    void FeedDots(int dots);

    void Cut(bool partial, int feedDots);

    void BarcodeHeight(int dots);

    void BarcodeModuleWidth(int dots);

    void BarcodeTextPosition(int position);

    /// <summary>GS k: <paramref name="system"/> as sent (73 = CODE128) and the data bytes.</summary>
    void Barcode(int system, byte[] data);

    void QrModel(int model);

    void QrModuleSize(int dots);

    void QrErrorCorrection(int level);

    void QrStore(byte[] data);

    void QrPrint();

    /// <summary>GS v 0: width in bytes, height in rows, packed bits (MSB left, 1 black).</summary>
    void Raster(int mode, int widthBytes, int height, byte[] data);

    /// <summary>A command the parser skipped (recorded in the transcript).</summary>
    void Unknown(string description);
}
