using System.Collections.Concurrent;
using System.Diagnostics;
using CounterNode.Node.Storage;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.LoadHarness;

/// <summary>
/// Starts the Hub and the nodes, waits until every node listens to pokes and is bootstrapped,
/// then measures, one sample at a time, the time from a ticket issued on node A (the local
/// write) to that ticket confirmed by the Hub in node B's replica (push → commit → poke → pull).
/// A and B rotate over all nodes. Every node is in the same scope, so every change pokes all of them.
/// </summary>
/// <remarks>
/// What one sample contains: A's durable local commit (fsync), the sync agent waking, the gzip
/// HTTP push, the Hub's apply + durable commit, the SignalR poke to ALL N nodes, B storing the
/// change (from the poke's content when it extends B's cursor, else by a pull round trip) and
/// B's change notification. The Hub runs in its own process; the N nodes share this one, so
/// the work every commit causes on every node (N × one poke apply) runs on the same cores as
/// the Hub — on real counters each node has its own PC. Load from other processes adds to all of
/// it: the harness prints the load average beside the result.
/// </remarks>
internal sealed class LatencyRun(HarnessOptions options)
{
    private const string Key = "load-harness-key-0123456789";
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<(int Node, string Ticket), TaskCompletionSource<long>> _expected = new();

    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        ScratchFolder.RunInAsync("cn-load-", root => RunInAsync(root, cancellationToken));

    private async Task<int> RunInAsync(string root, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, options.Nodes).Select(i => $"load-{i:000}").ToList();
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
        try
        {
            foreach (var chunk in ids.Chunk(20))
                nodes.AddRange(await Task.WhenAll(chunk.Select(id => HarnessNode.StartAsync(id, Key, hub.Url, Path.Combine(root, id), cancellationToken))));
            await WaitAsync(async () =>
            {
                foreach (var node in nodes)
                {
                    if (!node.Pokes.IsConnected || !(await node.Replica.GetSyncStateAsync(cancellationToken)).Bootstrapped)
                        return false;
                }

                return true;
            }, "every node connected and bootstrapped", TimeSpan.FromSeconds(120), cancellationToken);
            Console.WriteLine($"{nodes.Count} nodes connected to the Hub at {hub.Url} ({(options.Postgres ? "PostgreSQL" : "SQLite")}) in {setup.Elapsed.TotalSeconds:F1} s");

            using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var watchers = nodes.Select((node, index) => WatchAsync(index, node.Replica, stopWatching.Token)).ToList();
            var latencies = new List<double>();
            var timeouts = 0;
            var run = Stopwatch.StartNew();
            for (var i = 0; i < options.Warmup + options.Samples && run.Elapsed < options.MaxDuration; i++)
            {
                var a = i % nodes.Count;
                var b = (a + 1 + (i * 7 % (nodes.Count - 1))) % nodes.Count;
                var ticket = Guid.NewGuid();
                var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                _expected[(b, ticket.ToString("D"))] = arrived;
                var start = Stopwatch.GetTimestamp();
                await nodes[a].Replica.MutateAsync(TicketMutationTypes.Issue,
                    MutatorJson.ToElement(new IssueTicketPayload(ticket, "L", i + 1, DateOnly.FromDateTime(DateTime.UtcNow))), null, cancellationToken);
                var done = await Task.WhenAny(arrived.Task, Task.Delay(SampleTimeout, cancellationToken));
                _expected.TryRemove((b, ticket.ToString("D")), out _);
                if (done != arrived.Task)
                {
                    timeouts++;
                    continue;
                }

                if (i >= options.Warmup)
                    latencies.Add(Stopwatch.GetElapsedTime(start, await arrived.Task).TotalMilliseconds);
            }

            await stopWatching.CancelAsync();
            await Task.WhenAll(watchers);
            var stats = new LatencyStats(latencies);
            Console.WriteLine($"mutation on node A -> change applied on node B, {nodes.Count} nodes connected, {stats.Count} samples " +
                              $"(+{options.Warmup} warm-up), {timeouts} timed out (> {SampleTimeout.TotalSeconds:F0} s), {run.Elapsed.TotalSeconds:F1} s:");
            Console.WriteLine($"p50 {stats.Percentile(50):F1} ms  p90 {stats.Percentile(90):F1} ms  p99 {stats.Percentile(99):F1} ms  max {stats.Max:F1} ms");
            var pokes = nodes.Sum(n => n.Pokes.PokesReceived);
            var inline = nodes.Sum(n => n.Pokes.AppliedInline);
            Console.WriteLine($"pokes received {pokes}, applied from the poke's content {inline} ({(pokes == 0 ? 0 : 100.0 * inline / pokes):F1} %), the rest by pulling; " +
                              $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
            return timeouts == 0 && stats.Count > 0 ? 0 : 1;
        }
        finally
        {
            await Task.WhenAll(nodes.Select(n => n.DisposeAsync().AsTask()));
        }
    }

    private async Task WatchAsync(int index, NodeReplica replica, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var notification in replica.WatchAsync(cancellationToken))
            {
                if (notification is EntityChanged { Entity: { IsPending: false } entity } && entity.Type == TicketEntityTypes.Ticket &&
                    _expected.TryGetValue((index, entity.Id), out var waiting))
                    waiting.TrySetResult(Stopwatch.GetTimestamp());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // End of the run.
        }
    }

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
