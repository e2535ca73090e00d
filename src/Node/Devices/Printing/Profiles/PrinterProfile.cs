namespace CounterNode.Node.Devices.Printing.Profiles;

/// <summary>
/// What one printer model can do. Clones put the Vietnamese code pages at other numbers and accept
/// other barcode widths, so nothing model-specific is hard-coded outside a profile.
/// </summary>
/// <param name="Name">Configuration name (e.g. "epson-tm-t88").</param>
/// <param name="PaperWidthMillimetres">58 or 80.</param>
/// <param name="DotsPerLine">Printable width in dots (384 on 58 mm, 576 on 80 mm at 203 dpi).</param>
/// <param name="CharactersPerLine">Font A (12×24) characters per line.</param>
/// <param name="Wpc1258CodePage">ESC t number of WPC1258, or null when the printer lacks it.</param>
/// <param name="Tcvn3CodePage">ESC t number of TCVN-3 (lower case), or null.</param>
/// <param name="Tcvn3UpperCaseCodePage">ESC t number of TCVN-3 upper case, or null.</param>
/// <param name="BarcodeModuleWidth">Module width in dots used for CODE128.</param>
/// <param name="MaxBarcodeModuleWidth">Largest module width the printer accepts.</param>
/// <param name="BarcodeHeight">CODE128 bar height in dots.</param>
/// <param name="QrModuleSize">QR module size in dots (1–16).</param>
/// <param name="HasCutter">Whether an autocutter is fitted (otherwise the receipt is torn off).</param>
/// <param name="RasterBandHeight">Rows per GS v 0 band, small enough for the receive buffer.</param>
public sealed record PrinterProfile(
    string Name,
    int PaperWidthMillimetres,
    int DotsPerLine,
    int CharactersPerLine,
    byte? Wpc1258CodePage,
    byte? Tcvn3CodePage,
    byte? Tcvn3UpperCaseCodePage,
    byte BarcodeModuleWidth,
    byte MaxBarcodeModuleWidth,
    byte BarcodeHeight,
    byte QrModuleSize,
    bool HasCutter,
    int RasterBandHeight)
{
    /// <summary>Bytes per raster row.</summary>
    public int BytesPerLine => (DotsPerLine + 7) / 8;
}
