namespace CounterNode.Node.Devices.Printing.Raster;

/// <summary>The configured font family is not installed or lacks Vietnamese glyphs.</summary>
public sealed class PrinterFontNotFoundException : Exception
{
    public PrinterFontNotFoundException(string family, string detail)
        : base($"Font family '{family}' cannot be used for receipts: {detail}. Install a font with Vietnamese glyphs (Debian: fonts-dejavu-core or fonts-noto-core) or set Printing:FontFamily.")
    {
        Family = family;
    }

    public PrinterFontNotFoundException()
    {
        Family = string.Empty;
    }

    public PrinterFontNotFoundException(string message)
        : base(message)
    {
        Family = string.Empty;
    }

    public PrinterFontNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Family = string.Empty;
    }

    public string Family { get; }
}
