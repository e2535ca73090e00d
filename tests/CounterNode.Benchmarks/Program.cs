using BenchmarkDotNet.Running;
using CounterNode.Benchmarks.Sync;

// --ingest-curve prints the Hub's ingest from a cold start; anything else picks benchmarks (e.g. --filter '*Calendar*').
if (args.Length > 0 && args[0] == IngestCurve.Switch)
    return await IngestCurve.RunAsync(args);
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
return 0;
