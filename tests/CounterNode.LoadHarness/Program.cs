using CounterNode.LoadHarness;

// Sync latency harness (bounded: stops by itself after the samples or --max-seconds).
// Run: dotnet run -c Release --project tests/CounterNode.LoadHarness -- --nodes 200 --samples 500 [--postgres]
var options = HarnessOptions.Parse(args);
using var cancel = new CancellationTokenSource(options.MaxDuration + TimeSpan.FromMinutes(3));
return await new LatencyRun(options).RunAsync(cancel.Token);
