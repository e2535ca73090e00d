using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>Command line of the harness: <c>--nodes N --samples N --warmup N --max-seconds N --postgres</c>.</summary>
internal sealed record HarnessOptions(int Nodes, int Samples, int Warmup, TimeSpan MaxDuration, bool Postgres)
{
    public static HarnessOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        var options = new HarnessOptions(Int("--nodes", 200), Int("--samples", 500), Int("--warmup", 20),
            TimeSpan.FromSeconds(Int("--max-seconds", 300)), args.Contains("--postgres"));
        if (options.Nodes < 2 || options.Samples < 1)
            throw new ArgumentException("Need at least 2 nodes and 1 sample.");
        return options;
    }
}
