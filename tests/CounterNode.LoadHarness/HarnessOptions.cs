using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>
/// Command line of the harness: <c>--nodes N --samples N --warmup N --max-seconds N --postgres
/// --bystander-processes K --bystander-nice N --bystander-root DIR --min-threads N</c>.
/// </summary>
/// <param name="BystanderProcesses">
/// 0: every node in this process (all-in-one). K &gt; 0: nodes A and B here, the other N − 2 in K
/// child processes at <paramref name="BystanderNice"/> priority.
/// </param>
/// <param name="BystanderNice">nice(1) value of the bystander processes (19 lowest, 0 normal).</param>
/// <param name="BystanderRoot">
/// Folder for the bystanders' replicas; null: beside A's and B's. Pointing it at a tmpfs
/// (/dev/shm) keeps 198 replicas' fsyncs off the disk the Hub, A and B write to, as if each
/// counter had its own disk.
/// </param>
/// <param name="MinThreads">ThreadPool.SetMinThreads for this process and the children; 0 keeps the runtime's default.</param>
internal sealed record HarnessOptions(
    int Nodes, int Samples, int Warmup, TimeSpan MaxDuration, bool Postgres, int BystanderProcesses, int BystanderNice, string? BystanderRoot, int MinThreads)
{
    public static HarnessOptions Parse(string[] args)
    {
        int Int(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }

        string? Text(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        var options = new HarnessOptions(Int("--nodes", 200), Int("--samples", 500), Int("--warmup", 20),
            TimeSpan.FromSeconds(Int("--max-seconds", 300)), args.Contains("--postgres"),
            Int("--bystander-processes", 0), Int("--bystander-nice", 19), Text("--bystander-root"), Int("--min-threads", 0));
        if (options.Nodes < 2 || options.Samples < 1)
            throw new ArgumentException("Need at least 2 nodes and 1 sample.");
        if (options.BystanderProcesses < 0 || (options.BystanderProcesses > 0 && options.BystanderProcesses > options.Nodes - 2))
            throw new ArgumentException("--bystander-processes must be between 0 and the number of nodes minus 2.");
        if (options.BystanderNice is < 0 or > 19)
            throw new ArgumentException("--bystander-nice must be between 0 and 19.");
        if (options.BystanderRoot is not null && !Directory.Exists(options.BystanderRoot))
            throw new ArgumentException($"--bystander-root {options.BystanderRoot} is not a folder.");
        return options;
    }
}
