namespace CounterNode.Node.Devices.Printing.Transport;

/// <summary>
/// How bytes reach a printer. A transport opens one short-lived connection per job or status
/// check; it never holds the printer, because network printers take one client at a time.
/// </summary>
public interface IPrinterTransport
{
    /// <summary>Where the printer is, for logs (e.g. "tcp://127.0.0.1:9100").</summary>
    string Description { get; }

    /// <summary>Opens a connection; disposing the stream closes it.</summary>
    /// <exception cref="PrinterUnreachableException">The printer cannot be reached.</exception>
    Task<Stream> OpenAsync(CancellationToken cancellationToken);
}
