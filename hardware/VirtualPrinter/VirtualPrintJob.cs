namespace CounterNode.VirtualPrinter;

/// <summary>One printed job (one connection that printed something).</summary>
/// <param name="Number">1, 2, 3… in print order.</param>
/// <param name="PngPath">The job drawn at the printer's dot width.</param>
/// <param name="TranscriptPath">The text transcript.</param>
/// <param name="Transcript">Transcript text: decoded lines and [bracketed] non-text elements.</param>
/// <param name="BytesReceived">Bytes received on the connection.</param>
/// <param name="Complete">False when the connection was reset before the host closed it.</param>
/// <param name="Barcodes">CODE128 texts as the printer decoded them.</param>
/// <param name="QrCodes">QR payloads as the printer stored them.</param>
public sealed record VirtualPrintJob(
    int Number,
    string PngPath,
    string TranscriptPath,
    string Transcript,
    long BytesReceived,
    bool Complete,
    IReadOnlyList<string> Barcodes,
    IReadOnlyList<string> QrCodes);
