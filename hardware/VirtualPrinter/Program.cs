using System.Globalization;
using CounterNode.Node.Devices.Printing.Hosting;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.VirtualPrinter;
using Microsoft.Extensions.Logging;

// Usage:
//   dotnet run --project hardware/VirtualPrinter -- [--port 9100] [--out /tmp/vprinter] [--dots 576]
//       [--control-port 9101] [--print-samples [--mode raster|codepage] [--codepage wpc1258|tcvn3] [--profile epson-tm-t88]]
// stdin (and the control port) take state commands: paper-out, paper-ok, paper-low, cover-open,
// cover-close, cutter-error, cutter-ok, offline, online, ready, reset-after N, garbage-status, mute, unmute; "quit" exits.
var port = IntArg("--port", 9100);
var output = Arg("--out") ?? Path.Combine(Path.GetTempPath(), "vprinter");
var options = new VirtualPrinterOptions { Port = port, OutputDirectory = Path.GetFullPath(output), DotsPerLine = IntArg("--dots", 576) };

await using var server = new VirtualPrinterServer(options);
server.Start();
server.JobPrinted += (_, job) => Console.WriteLine($"printed job {job.Number}: {job.PngPath} ({job.BytesReceived} bytes{(job.Complete ? string.Empty : ", incomplete")})");
Console.WriteLine($"virtual printer listening on 127.0.0.1:{server.Port}, writing jobs to {options.OutputDirectory}");

ControlServer? control = null;
if (Arg("--control-port") is not null)
{
    control = new ControlServer(IntArg("--control-port", 0), server.State);
    control.Start();
    Console.WriteLine($"control port 127.0.0.1:{control.Port}");
}

try
{
    if (args.Contains(PrintSamplesCommand.Switch))
    {
        var printing = new PrintingOptions
        {
            Enabled = true,
            Host = "127.0.0.1",
            Port = server.Port,
            Profile = Arg("--profile") ?? "epson-tm-t88",
            TextMode = string.Equals(Arg("--mode"), "codepage", StringComparison.OrdinalIgnoreCase) ? PrintTextMode.CodePage : PrintTextMode.Raster,
            CodePage = string.Equals(Arg("--codepage"), "tcvn3", StringComparison.OrdinalIgnoreCase) ? VietnameseCodePage.Tcvn3 : VietnameseCodePage.Wpc1258,
            JobDatabase = Path.Combine(options.OutputDirectory, "sample-print-jobs.db"),
        };
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var jobs = await PrintSamplesCommand.RunAsync(printing, options.OutputDirectory, TimeProvider.System, loggers, timeout.Token);
        await server.WaitForJobsAsync(jobs.Count, timeout.Token);
        foreach (var job in jobs)
        {
            Console.WriteLine($"{job.Document.Kind}: {job.State}");
        }

        Console.WriteLine($"PNG files and transcripts are in {options.OutputDirectory}");
        return jobs.All(j => j.State == CounterNode.Node.Devices.Printing.Queue.PrintJobState.Printed) ? 0 : 1;
    }

    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    while (!stop.IsCancellationRequested)
    {
        var line = await Console.In.ReadLineAsync(stop.Token).AsTask().ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        if (line is null)
        {
            // stdin closed (running as a service): serve until Ctrl+C
            await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            break;
        }

        if (line.Trim() == "quit")
        {
            break;
        }

        Console.WriteLine(server.State.Apply(line) ? "ok" : $"unknown command: {line}");
    }

    return 0;
}
finally
{
    if (control is not null)
    {
        await control.DisposeAsync();
    }
}

string? Arg(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

int IntArg(string name, int fallback) =>
    Arg(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
