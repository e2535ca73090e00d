using CounterNode.CitizenSimulator;

// A simulated stream of citizens through the nodes' real HTTP APIs; see SimulatorOptions.Usage.
SimulatorOptions options;
try
{
    if (args.Contains("--help") || args.Contains("-h"))
    {
        Console.WriteLine(SimulatorOptions.Usage);
        return 0;
    }

    options = SimulatorOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(SimulatorOptions.Usage);
    return 2;
}

using var stop = options.Duration is { } d ? new CancellationTokenSource(d) : new CancellationTokenSource();
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

var log = TextWriter.Synchronized(Console.Out);
var seed = new Random(options.Seed);
var tasks = new List<Task> { new CitizenStream(options, new Random(seed.Next()), log).RunAsync(stop.Token) };
tasks.AddRange(options.Counters.Select(c => new CounterOfficer(options, c, new Random(seed.Next()), log).RunAsync(stop.Token)));
try
{
    await Task.WhenAll(tasks);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // Ctrl+C, SIGTERM or --duration-seconds.
}

log.WriteLine("[sim] stopped");
return 0;
