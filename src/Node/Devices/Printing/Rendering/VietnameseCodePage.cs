namespace CounterNode.Node.Devices.Printing.Rendering;

/// <summary>Which Vietnamese code page to use in <see cref="PrintTextMode.CodePage"/> mode.</summary>
public enum VietnameseCodePage
{
    /// <summary>WPC1258: base letter + separate tone byte.</summary>
    Wpc1258,

    /// <summary>TCVN-3 (ABC), with the upper-case page for toned capitals.</summary>
    Tcvn3,
}
