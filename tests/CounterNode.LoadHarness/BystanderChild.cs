using System.Diagnostics;
using System.Globalization;

namespace CounterNode.LoadHarness;

/// <summary>
/// The child side of <c>--bystander-processes</c>: runs a share of the bystander nodes — full
/// node stacks (SQLite file, HTTP client, SignalR poke listener, sync agent), exactly as in the
/// all-in-one mode — and talks to the measuring process over stdin/stdout, one line per message:
/// it prints <c>@ready</c> once every node is connected and bootstrapped; on <c>@expect N</c> it
/// waits until each node has confirmed N distinct tickets and prints one <c>@node</c> line per
/// node and <c>@end</c>; end of input stops it.
/// </summary>
internal static class BystanderChild
{
    public const string Flag = "--bystander-child";

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        string Arg(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : throw new ArgumentException($"{Flag} needs {name}.");
        }

        var hub = new Uri(Arg("--hub"));
        var key = Arg("--key");
        var root = Arg("--root");
        var ids = Arg("--ids").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var minThreads = int.Parse(Arg("--min-threads"), CultureInfo.InvariantCulture);
        if (minThreads > 0)
            ThreadPool.SetMinThreads(minThreads, minThreads);

        var nodes = new List<HarnessNode>();
        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var tallies = ids.Select(_ => new TicketTally()).ToList();
        var watchers = new List<Task>();
        try
        {
            foreach (var chunk in ids.Chunk(20))
                nodes.AddRange(await Task.WhenAll(chunk.Select(id => HarnessNode.StartAsync(id, key, hub, Path.Combine(root, id), cancellationToken))));
            watchers.AddRange(nodes.Select((node, i) => tallies[i].WatchAsync(node.Replica, null, stopWatching.Token)));
            var wait = Stopwatch.StartNew();
            while (!await AllReadyAsync(nodes, cancellationToken))
            {
                if (wait.Elapsed > TimeSpan.FromSeconds(120))
                    throw new TimeoutException("Bystander nodes not connected and bootstrapped within 120 s.");
                await Task.Delay(100, cancellationToken);
            }

            Console.WriteLine("@ready");
            var start = RuntimeCounters.Read();
            var run = Stopwatch.StartNew();
            while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
            {
                if (!line.StartsWith("@expect ", StringComparison.Ordinal))
                    continue;
                var expected = int.Parse(line["@expect ".Length..], CultureInfo.InvariantCulture);
                var settle = Stopwatch.StartNew();
                while (tallies.Any(t => t.Count < expected) && settle.Elapsed < TimeSpan.FromSeconds(60))
                    await Task.Delay(100, cancellationToken);
                for (var i = 0; i < nodes.Count; i++)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"@node {nodes[i].NodeId} {tallies[i].Count} {nodes[i].Pokes.PokesReceived} {nodes[i].Pokes.AppliedInline}"));
                }

                // How far behind the last sample the (low-priority) bystanders were: their backlog.
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"@gc caught up {settle.Elapsed.TotalMilliseconds:F0} ms after the report was asked; ") +
                                  RuntimeCounters.Describe(start, run.Elapsed));
                Console.WriteLine("@end");
            }

            return 0;
        }
        finally
        {
            await stopWatching.CancelAsync();
            await Task.WhenAll(watchers);
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<bool> AllReadyAsync(List<HarnessNode> nodes, CancellationToken cancellationToken)
    {
        foreach (var node in nodes)
        {
            if (!node.Pokes.IsConnected || !(await node.Replica.GetSyncStateAsync(cancellationToken)).Bootstrapped)
                return false;
        }

        return true;
    }
}
