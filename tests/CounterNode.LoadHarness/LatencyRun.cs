using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.LoadHarness;

/// <summary>
/// Starts the Hub and the nodes, waits until every node listens to pokes and is bootstrapped,
/// then measures, one sample at a time, the time from a ticket issued on node A (the local
/// write) to that ticket confirmed by the Hub in node B's replica (push → commit → poke → apply).
/// Every node is in the same scope, so every change pokes all of them; at the end every node
/// must have confirmed every ticket of the run (the run fails otherwise).
/// </summary>
/// <remarks>
/// What one sample contains: A's durable local commit (fsync), the sync agent waking, the gzip
/// HTTP push, the Hub's apply + durable commit, the SignalR poke to ALL N nodes, B storing the
/// change (from the poke's content when it extends B's cursor, else by a pull round trip) and
/// B's change notification. The Hub always runs in its own process. Two layouts of the nodes:
/// <list type="bullet">
/// <item>all-in-one (default): all N nodes in this process, A and B rotating over them. The work
/// every commit causes on every node (N × one poke apply) runs on the same cores as the Hub and
/// as A and B — on real counters each node has its own PC, so this overstates the latency.</item>
/// <item><c>--bystander-processes K</c>: A and B in this process at normal priority, the other
/// N − 2 nodes (still full node stacks, connected, applying every poke) in K child processes at
/// nice 19: they use only the CPU the Hub, A and B leave over, which is what separate PCs give.</item>
/// </list>
/// Load from other processes adds to all of it: the harness prints the load average beside the result.
/// </remarks>
internal sealed class LatencyRun(HarnessOptions options)
{
    private const string Key = "load-harness-key-0123456789";
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(int Node, string Ticket), TaskCompletionSource<long>> _expected = new();
    private readonly ConcurrentDictionary<(int Node, string Ticket), long> _pokeArrivals = new();

    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        ScratchFolder.RunInAsync("cn-load-", root => RunInAsync(root, cancellationToken));

    private async Task<int> RunInAsync(string root, CancellationToken cancellationToken)
    {
        if (options.MinThreads > 0)
            ThreadPool.SetMinThreads(options.MinThreads, options.MinThreads);
        var ids = Enumerable.Range(0, options.Nodes).Select(i => $"load-{i:000}").ToList();
        var separate = options.BystanderProcesses > 0;
        var localIds = separate ? ids.Take(2).ToList() : ids;
        string? postgres = null;
        if (options.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("CN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("--postgres needs CN_TEST_POSTGRES (scripts/test-services.sh).");
            postgres = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"cn_load_{Guid.NewGuid():N}" }.ToString();
        }

        var setup = Stopwatch.StartNew();
        await using var hub = await HubProcess.StartAsync(Path.Combine(root, "hub"), ids, Key, postgres, cancellationToken);
        var nodes = new List<HarnessNode>();
        var children = new List<BystanderProcess>();
        string? bystanderRoot = null;
        try
        {
            if (separate)
            {
                var bystanderIds = ids.Skip(2).ToList();
                if (options.BystanderRoot is not null)
                    bystanderRoot = Directory.CreateDirectory(Path.Combine(options.BystanderRoot, $"cn-bystanders-{Guid.NewGuid():N}")).FullName;
                var share = (bystanderIds.Count + options.BystanderProcesses - 1) / options.BystanderProcesses;
                children.AddRange(bystanderIds.Chunk(share).Select((chunk, k) =>
                    BystanderProcess.Start(k, chunk, Key, hub.Url, bystanderRoot ?? root, options.BystanderNice, options.MinThreads)));
            }

            foreach (var chunk in localIds.Chunk(20))
            {
                nodes.AddRange(await Task.WhenAll(chunk.Select(id =>
                {
                    var index = localIds.IndexOf(id);
                    return HarnessNode.StartAsync(id, Key, hub.Url, Path.Combine(root, id), cancellationToken, poke => NotePoke(index, poke));
                })));
            }

            await WaitAsync(async () =>
            {
                foreach (var node in nodes)
                {
                    if (!node.Pokes.IsConnected || !(await node.Replica.GetSyncStateAsync(cancellationToken)).Bootstrapped)
                        return false;
                }

                return true;
            }, "every node connected and bootstrapped", TimeSpan.FromSeconds(120), cancellationToken);
            using (var ready = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                ready.CancelAfter(TimeSpan.FromSeconds(180));
                await Task.WhenAll(children.Select(c => c.WaitReadyAsync(ready.Token)));
            }

            Console.WriteLine(separate
                ? $"{options.Nodes} nodes connected to the Hub at {hub.Url} ({Database}) in {setup.Elapsed.TotalSeconds:F1} s: A and B in this process, " +
                  $"{options.Nodes - 2} bystanders in {children.Count} processes at nice {options.BystanderNice}"
                : $"{options.Nodes} nodes connected to the Hub at {hub.Url} ({Database}) in {setup.Elapsed.TotalSeconds:F1} s, all in this process");

            using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var tallies = nodes.Select(_ => new TicketTally()).ToList();
            var watchers = nodes.Select((node, index) => tallies[index].WatchAsync(node.Replica, ticket => NoteConfirmed(index, ticket), stopWatching.Token)).ToList();
            var samples = new List<Sample>();
            var timeouts = 0;
            var issued = 0;
            var loadBefore = LoadAverage();
            var runtimeBefore = RuntimeCounters.Read();
            var hubBefore = hub.Usage();
            var roundsBefore = nodes.Sum(n => n.Agent.SuccessfulRounds);
            var skippedBefore = nodes.Sum(n => n.Agent.SkippedRequests);
            var run = Stopwatch.StartNew();
            for (var i = 0; i < options.Warmup + options.Samples && run.Elapsed < options.MaxDuration; i++)
            {
                var a = i % nodes.Count;
                var b = (a + 1 + (i * 7 % (nodes.Count - 1))) % nodes.Count;
                var ticket = Guid.NewGuid().ToString("D");
                var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _expected[(b, ticket)] = arrived;
                var start = Stopwatch.GetTimestamp();
                await nodes[a].Replica.MutateAsync(TicketMutationTypes.Issue,
                    MutatorJson.ToElement(new IssueTicketPayload(Guid.Parse(ticket), "L", i + 1, DateOnly.FromDateTime(DateTime.UtcNow))), null, cancellationToken);
                var local = Stopwatch.GetTimestamp();
                issued++;
                var done = await Task.WhenAny(arrived.Task, Task.Delay(SampleTimeout, cancellationToken));
                _expected.TryRemove((b, ticket), out _);
                _pokeArrivals.TryRemove((b, ticket), out var poked);
                if (done != arrived.Task)
                {
                    timeouts++;
                    continue;
                }

                if (i >= options.Warmup)
                    samples.Add(new Sample(i, start, local, poked, await arrived.Task));
            }

            var elapsed = run.Elapsed;
            var hubAfter = hub.Usage();
            var loadAfter = LoadAverage();
            var runtime = RuntimeCounters.Describe(runtimeBefore, elapsed);
            Print(samples, timeouts, elapsed, loadBefore, loadAfter);
            Console.WriteLine($"Hub process: {ProcessUsage.Describe(hubBefore, hubAfter, elapsed, issued)}");
            // Each ticket is one local mutation: one round to push it, and no other round is
            // needed (the other nodes apply the poke's content; the pusher's own poke is skipped).
            Console.WriteLine($"sync rounds of the {nodes.Count} nodes in this process: {nodes.Sum(n => n.Agent.SuccessfulRounds) - roundsBefore} " +
                              $"for {issued} tickets; poke requests answered without a round: {nodes.Sum(n => n.Agent.SkippedRequests) - skippedBefore}");
            Console.WriteLine($"measuring process: {runtime}");
            var complete = await VerifyEveryNodeAsync(nodes, tallies, children, issued, cancellationToken);
            await stopWatching.CancelAsync();
            await Task.WhenAll(watchers);
            return timeouts == 0 && samples.Count > 0 && complete ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(children.Select(c => c.DisposeAsync().AsTask()));
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
            if (bystanderRoot is not null)
                TryDelete(bystanderRoot);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a child that has not exited yet may still hold a file.
        }
    }

    private string Database => options.Postgres ? "PostgreSQL" : "SQLite";

    private void NotePoke(int node, SyncPoke poke)
    {
        if (poke.Changes is null)
            return;
        var now = Stopwatch.GetTimestamp();
        foreach (var change in poke.Changes)
        {
            if (_expected.ContainsKey((node, change.EntityId)))
                _pokeArrivals.TryAdd((node, change.EntityId), now);
        }
    }

    private void NoteConfirmed(int node, string ticket)
    {
        if (_expected.TryGetValue((node, ticket), out var waiting))
            waiting.TrySetResult(Stopwatch.GetTimestamp());
    }

    private void Print(List<Sample> samples, int timeouts, TimeSpan elapsed, string loadBefore, string loadAfter)
    {
        var stats = new LatencyStats([.. samples.Select(s => s.Total)]);
        Console.WriteLine($"mutation on node A -> change applied on node B, {options.Nodes} nodes connected, {stats.Count} samples " +
                          $"(+{options.Warmup} warm-up), {timeouts} timed out (> {SampleTimeout.TotalSeconds:F0} s), {elapsed.TotalSeconds:F1} s:");
        Console.WriteLine($"p50 {stats.Percentile(50):F1} ms  p90 {stats.Percentile(90):F1} ms  p99 {stats.Percentile(99):F1} ms  max {stats.Max:F1} ms  " +
                          $"(load average {loadBefore} before, {loadAfter} after, {Environment.ProcessorCount} cores)");
        // Where the time goes: A's local commit; from there to the poke reaching B (sync agent,
        // push, Hub commit, SignalR fan-out to all N); from the poke to the change stored and announced on B.
        var withPoke = samples.Where(s => s.Poked != 0).ToList();
        if (withPoke.Count == 0)
            return;
        var slowest = withPoke.OrderByDescending(s => s.Total).Take(Math.Max(1, withPoke.Count / 100)).ToList();
        Console.WriteLine("  stage                     p50       p99   mean of slowest 1 %");
        foreach (var (name, stage) in new (string, Func<Sample, double>)[]
                 {
                     ("A local commit", s => s.Local), ("commit -> poke at B", s => s.Delivery), ("poke -> applied at B", s => s.Apply),
                 })
        {
            var part = new LatencyStats([.. withPoke.Select(stage)]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-22} {part.Percentile(50),7:F1} ms {part.Percentile(99),7:F1} ms {slowest.Average(stage),7:F1} ms"));
        }

        // Periodic outliers (every few hundred samples) point at something all nodes do in step, like WAL checkpoints.
        Console.WriteLine("  slowest samples: " + string.Join(", ", withPoke.OrderByDescending(s => s.Total).Take(8)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"#{s.Index} {s.Total:F0} ms ({s.Local:F0}+{s.Delivery:F0}+{s.Apply:F0})"))));
    }

    // Every node must have confirmed every ticket of the run: a bystander that silently missed
    // pokes would make the measured latency look better than the real load.
    private async Task<bool> VerifyEveryNodeAsync(
        List<HarnessNode> nodes, List<TicketTally> tallies, List<BystanderProcess> children, int issued, CancellationToken cancellationToken)
    {
        var settle = Stopwatch.StartNew();
        while (tallies.Any(t => t.Count < issued) && settle.Elapsed < TimeSpan.FromSeconds(60))
            await Task.Delay(100, cancellationToken);
        var reports = nodes.Select((n, i) => new BystanderReport(n.NodeId, tallies[i].Count, n.Pokes.PokesReceived, n.Pokes.AppliedInline)).ToList();
        var localCount = reports.Count;
        foreach (var child in children)
        {
            var (childNodes, runtime) = await child.ReportAsync(issued, cancellationToken);
            reports.AddRange(childNodes);
            Console.WriteLine($"bystander process {child.Index} ({childNodes.Count} nodes): {runtime}");
        }

        var missing = reports.Where(r => r.Tickets < issued).ToList();
        var pokes = reports.Sum(r => r.Pokes);
        var inline = reports.Sum(r => r.AppliedInline);
        Console.WriteLine($"{reports.Count} nodes ({localCount} in this process, {reports.Count - localCount} in {children.Count} bystander processes) " +
                          $"confirmed {reports.Min(r => r.Tickets)}..{reports.Max(r => r.Tickets)} of the {issued} tickets issued; " +
                          $"pokes received {pokes}, applied from the poke's content {inline} ({(pokes == 0 ? 0 : 100.0 * inline / pokes):F1} %), the rest by pulling");
        if (reports.Count != options.Nodes)
            Console.WriteLine($"FAILED: {options.Nodes} nodes were started but {reports.Count} reported.");
        foreach (var node in missing.Take(10))
            Console.WriteLine($"FAILED: node {node.NodeId} confirmed only {node.Tickets} of {issued} tickets.");
        return missing.Count == 0 && reports.Count == options.Nodes;
    }

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    private static async Task WaitAsync(Func<Task<bool>> condition, string what, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"Not reached within {timeout}: {what}");
            await Task.Delay(100, cancellationToken);
        }
    }
}
