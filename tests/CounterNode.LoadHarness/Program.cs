using CounterNode.LoadHarness;

// Sync latency harness (bounded: stops by itself after the samples or --max-seconds).
// Run: dotnet run -c Release --project tests/CounterNode.LoadHarness -- --nodes 200 --samples 500 [--postgres]
// Call latency to the hall and boards + kiosk tickets/s:
//   dotnet run -c Release --project tests/CounterNode.LoadHarness -- --mode calls --counters 50 --boards 5 --samples 200
if (args.Contains("calls") && Array.IndexOf(args, "--mode") is >= 0 and var at && at + 1 < args.Length && args[at + 1] == "calls")
{
    var calls = CallBenchOptions.Parse(args);
    using var stop = new CancellationTokenSource(calls.MaxDuration + TimeSpan.FromMinutes(3));
    return await new CallLatencyRun(calls).RunAsync(stop.Token);
}

var options = HarnessOptions.Parse(args);
using var cancel = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromMinutes(3));
return await new LatencyRun(options).RunAsync(cancel.Token);
