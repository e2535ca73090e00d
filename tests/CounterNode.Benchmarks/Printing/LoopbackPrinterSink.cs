using System.Net;
using System.Net.Sockets;

namespace CounterNode.Benchmarks.Printing;

/// <summary>
/// A minimal printer on loopback for benchmarks: drains job bytes and answers every DLE EOT n
/// with "ready" (0x12 | 0x04 for n = 1, like an idle Epson). Deliberately simple so the numbers
/// measure our side (encode, store, socket), not a simulator.
/// </summary>
internal sealed class LoopbackPrinterSink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public int Port { get; private set; }

    public void Start()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(() => LoopAsync(_stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        while (!ct.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(ct);
            client.NoDelay = true; // status replies are one byte: no Nagle delay
            var stream = client.GetStream();
            var state = 0; // 0 = data, 1 = after DLE, 2 = after DLE EOT
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    var b = buffer[i];
                    if (state == 2)
                    {
                        await stream.WriteAsync(new[] { b == 1 ? (byte)0x16 : (byte)0x12 }, ct);
                        state = 0;
                    }
                    else if (state == 1)
                    {
                        state = b == 0x04 ? 2 : 0;
                    }
                    else if (b == 0x10)
                    {
                        state = 1;
                    }
                }
            }
        }
    }
}
