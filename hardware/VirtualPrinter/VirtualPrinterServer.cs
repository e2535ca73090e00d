using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CounterNode.VirtualPrinter;

/// <summary>
/// A virtual ESC/POS network printer on 127.0.0.1. Like most real ones it serves one connection at
/// a time (others wait in the backlog), answers DLE EOT and GS a from <see cref="State"/>, and
/// writes every connection that printed something as <c>job-NNNN.png</c> + <c>job-NNNN.txt</c>.
/// </summary>
public sealed class VirtualPrinterServer : IAsyncDisposable
{
    private readonly VirtualPrinterOptions _options;
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<VirtualPrintJob> _jobs = [];
    private readonly Lock _gate = new();
    private Task? _accepting;

    public VirtualPrinterServer(VirtualPrinterOptions options)
    {
        _options = options;
        _listener = new TcpListener(IPAddress.Loopback, options.Port);
    }

    /// <summary>Raised after each job's PNG and transcript are written.</summary>
    public event EventHandler<VirtualPrintJob>? JobPrinted;

    public VirtualPrinterState State { get; } = new();

    public int Port { get; private set; }

    public string OutputDirectory => _options.OutputDirectory;

    /// <summary>Connections accepted so far (status checks included).</summary>
    public int Connections { get; private set; }

    public IReadOnlyList<VirtualPrintJob> Jobs
    {
        get
        {
            lock (_gate)
            {
                return [.. _jobs];
            }
        }
    }

    public void Start()
    {
        Directory.CreateDirectory(_options.OutputDirectory);
        _listener.Start(backlog: 16);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = Task.Run(() => AcceptLoopAsync(_stop.Token));
    }

    /// <summary>Waits until at least <paramref name="count"/> jobs were printed; returns them.</summary>
    public async Task<IReadOnlyList<VirtualPrintJob>> WaitForJobsAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            var jobs = Jobs;
            if (jobs.Count >= count)
            {
                return jobs;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        if (_accepting is not null)
        {
            await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                Connections++;
                try
                {
                    await ServeAsync(client, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
                {
                    // the host went away; the next connection is served normally
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellationToken)
    {
        var stream = client.GetStream();
        var resetAfter = State.ResetAfterBytes;
        State.ResetAfterBytes = null;
        var source = new SocketByteSource(stream, client.Client, resetAfter);
        using var paper = new PaperRoll(_options.DotsPerLine, State);
        var status = new StatusResponder(stream, State);
        State.Changed += status.OnStateChanged;
        try
        {
            var parser = new EscPosParser(source, paper, status);
            await parser.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            State.Changed -= status.OnStateChanged;
        }

        paper.FlushLine();
        if (paper.HasContent)
        {
            WriteJob(paper, source.BytesReceived, !source.WasReset);
        }
    }

    private void WriteJob(PaperRoll paper, long bytes, bool complete)
    {
        int number;
        lock (_gate)
        {
            number = _jobs.Count + 1;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"job-{number:0000}");
        var png = Path.Combine(_options.OutputDirectory, name + ".png");
        var txt = Path.Combine(_options.OutputDirectory, name + ".txt");
        var transcript = complete ? paper.Transcript : paper.Transcript + "[connection reset: job incomplete]\n";
        File.WriteAllBytes(png, paper.ToPng());
        File.WriteAllText(txt, transcript);
        var job = new VirtualPrintJob(number, png, txt, transcript, bytes, complete, [.. paper.Barcodes], [.. paper.QrCodes]);
        lock (_gate)
        {
            _jobs.Add(job);
        }

        JobPrinted?.Invoke(this, job);
    }
}
