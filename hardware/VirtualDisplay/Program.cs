using System.Globalization;
using CounterNode.VirtualDisplay;

// Usage: CounterNode.VirtualDisplay [--port N | --pty /tmp/ttyV1] [--baud 9600] [--transcript display.log]
//   --port 0 picks a free port and prints it ("Listening on tcp://127.0.0.1:PORT").
int? port = null;
string? pty = null;
string? transcript = null;
var baud = 9600;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port": port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--pty": pty = Next(); break;
        case "--baud": baud = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--transcript": transcript = Next(); break;
        case "--help" or "-h":
            Console.WriteLine("CounterNode.VirtualDisplay [--port N | --pty PATH] [--baud 9600] [--transcript FILE]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}; see --help.");
            return 2;
    }
}

if (port is null && pty is null)
{
    port = 0;
}

using var transcriptWriter = transcript is null ? null : new StreamWriter(transcript, append: true);
var state = new VirtualDisplayState(TimeProvider.System, transcriptWriter);
state.Changed += (_, snapshot) => Console.WriteLine(VirtualDisplayState.Render(snapshot));

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, ctx =>
{
    ctx.Cancel = true;
    stop.Cancel();
});

await using var server = port is null ? null : new VirtualDisplayServer(state, port.Value);
await using var serial = pty is null ? null : new VirtualDisplaySerialReader(state, pty, baud);
if (server is not null)
{
    server.Start();
    Console.WriteLine($"Listening on tcp://127.0.0.1:{server.Port}");
}

if (serial is not null)
{
    serial.Start();
    Console.WriteLine($"Reading {serial.Path}");
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C or SIGTERM.
}

return 0;
