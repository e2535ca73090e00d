namespace CounterNode.VirtualPrinter;

/// <summary>Where the virtual printer listens and writes.</summary>
public sealed record VirtualPrinterOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one (see <see cref="VirtualPrinterServer.Port"/>).</summary>
    public int Port { get; init; } = 9100;

    /// <summary>Folder for job-0001.png / job-0001.txt.</summary>
    public string OutputDirectory { get; init; } = "vprinter-out";

    /// <summary>Printable width in dots (576 = 80 mm, 384 = 58 mm).</summary>
    public int DotsPerLine { get; init; } = 576;
}
