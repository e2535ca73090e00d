using CounterNode.LoadHarness;

// Sync latency harness (bounded: stops by itself after the samples or --max-seconds).
// All nodes in this process:
//   dotnet run -c Release --project tests/CounterNode.LoadHarness -- --nodes 200 --samples 500 [--postgres]
// Nodes A and B here, the 198 bystanders in 4 child processes at nice 19 (as if on PCs of their own):
//   dotnet run -c Release --project tests/CounterNode.LoadHarness -- --nodes 200 --samples 500 --bystander-processes 4
// Call latency to the hall and boards + kiosk tickets/s:
//   dotnet run -c Release --project tests/CounterNode.LoadHarness -- --mode calls --counters 50 --boards 5 --samples 200
if (args.Length > 0 && args[0] == BystanderChild.Flag)
{
    using var stopChild = new CancellationTokenSource(TimeSpan.FromMinutes(30));
    return await BystanderChild.RunAsync(args, stopChild.Token);
}

if (args.Contains("calls") && Array.IndexOf(args, "--mode") is >= 0 and var at && at + 1 < args.Length && args[at + 1] == "calls")
{
    var calls = CallBenchOptions.Parse(args);
    using var stop = new CancellationTokenSource(calls.MaxDuration + TimeSpan.FromMinutes(3));
    return await new CallLatencyRun(calls).RunAsync(stop.Token);
}

var options = HarnessOptions.Parse(args);
using var cancel = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromMinutes(3));
return await new LatencyRun(options).RunAsync(cancel.Token);
