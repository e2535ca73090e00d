using BenchmarkDotNet.Running;

// Runs the benchmarks picked by the command line (e.g. --filter '*Calendar*').
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
