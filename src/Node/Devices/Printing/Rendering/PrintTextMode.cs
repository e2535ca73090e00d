namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>How text reaches the paper.</summary>
public enum PrintTextMode
{
    /// <summary>Rendered to a 1-bit image (default: every diacritic right on any printer).</summary>
    Raster,

    /// <summary>Printer fonts with a Vietnamese code page (faster, depends on the printer's tables).</summary>
    CodePage,
}
