namespace CounterNode.Node.Devices.Printing.Profiles;

/// <summary>The printer models we know, selectable by name in configuration ("Printing:Profile").</summary>
public static class PrinterProfiles
{
    /// <summary>Epson TM-T88 (V/VI): 80 mm, 576 dots, WPC1258 = 52, TCVN-3 = 30/31.</summary>
    public static PrinterProfile EpsonTmT88 { get; } = new(
        "epson-tm-t88", 80, 576, 48, 52, 30, 31, 2, 6, 80, 6, HasCutter: true, RasterBandHeight: 128);

    /// <summary>Epson TM-T82 (II/III): same command set as the T88 at 80 mm, smaller buffer.</summary>
    public static PrinterProfile EpsonTmT82 { get; } = new(
        "epson-tm-t82", 80, 576, 48, 52, 30, 31, 2, 6, 80, 6, HasCutter: true, RasterBandHeight: 64);

    /// <summary>
    /// A common 80 mm clone (Xprinter XP-80 family): CP1258 at 94, TCVN-3 only in lower case at 27,
    /// module widths 2–4, small buffer, so thin raster bands.
    /// </summary>
    public static PrinterProfile Xprinter80 { get; } = new(
        "xprinter-80", 80, 576, 48, 94, 27, null, 2, 4, 80, 6, HasCutter: true, RasterBandHeight: 24);

    /// <summary>A generic 58 mm kiosk printer: 384 dots, no cutter.</summary>
    public static PrinterProfile Generic58 { get; } = new(
        "generic-58", 58, 384, 32, 94, 27, null, 2, 3, 64, 5, HasCutter: false, RasterBandHeight: 24);

    public static IReadOnlyList<PrinterProfile> All { get; } = [EpsonTmT88, EpsonTmT82, Xprinter80, Generic58];

    /// <summary>The profile called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="UnknownPrinterProfileException">No such profile.</exception>
    public static PrinterProfile Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new UnknownPrinterProfileException(name, All.Select(p => p.Name));
    }
}
