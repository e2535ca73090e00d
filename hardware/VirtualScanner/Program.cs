using System.Globalization;
using System.IO.Ports;
using System.Text;
using CounterNode.VirtualScanner;

// Usage:
//   CounterNode.VirtualScanner --pty /tmp/ttyV1 [--baud 9600] [--lf]     serial line scanner (CR, or CR LF with --lf)
//   CounterNode.VirtualScanner --evdev PATH [--key-ms 2]                keyboard wedge: input_event records into a FIFO/file
// Each line read from standard input is one scan.
string? pty = null;
string? evdev = null;
var baud = 9600;
var crlf = false;
var keyMs = 2.0;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--pty": pty = Next(); break;
        case "--evdev": evdev = Next(); break;
        case "--baud": baud = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--lf": crlf = true; break;
        case "--key-ms": keyMs = double.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--help" or "-h":
            Console.WriteLine("CounterNode.VirtualScanner (--pty PATH [--baud 9600] [--lf] | --evdev PATH [--key-ms 2]) < scans.txt");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}; see --help.");
            return 2;
    }
}

if ((pty is null) == (evdev is null))
{
    Console.Error.WriteLine("Give exactly one of --pty PATH or --evdev PATH; see --help.");
    return 2;
}

if (pty is not null)
{
    // DTR/RTS are not set: a pty refuses them.
    using var port = new SerialPort(pty, baud, Parity.None, 8, StopBits.One);
    port.Open();
    string? line;
    while ((line = Console.ReadLine()) is not null)
    {
        var bytes = Encoding.UTF8.GetBytes(line + (crlf ? "\r\n" : "\r"));
        port.BaseStream.Write(bytes);
        port.BaseStream.Flush();
        Console.WriteLine($"sent {bytes.Length} bytes");
    }

    return 0;
}

var encoder = new KeyboardWedgeEncoder(TimeSpan.FromSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()), TimeSpan.FromMilliseconds(keyMs));
// Opening a FIFO for writing waits until the node opens it for reading.
using var output = new FileStream(evdev!, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
string? scan;
while ((scan = Console.ReadLine()) is not null)
{
    try
    {
        var records = encoder.Scan(scan);
        output.Write(records);
        output.Flush();
        encoder.Pause(TimeSpan.FromSeconds(1));
        Console.WriteLine($"sent {records.Length / KeyboardWedgeEncoder.RecordSize} input events");
    }
    catch (ArgumentException ex)
    {
        Console.Error.WriteLine(ex.Message);
    }
}

return 0;
