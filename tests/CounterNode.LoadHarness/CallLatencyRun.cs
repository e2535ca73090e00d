using System.Diagnostics;
using System.Globalization;
using CounterNode.Hub.Board;
using CounterNode.Node.Storage;
using CounterNode.Shared.Codes;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;

namespace CounterNode.LoadHarness;

/// <summary>
/// Time from "call next" at a counter to the call on the hall display and on the supervisors'
/// boards: a real Hub process, N counters (real node sync stacks: SQLite, HTTP, SignalR pokes)
/// and B boards plus the hall display connected over SignalR as browsers are. Each sample calls
/// one pre-issued ticket through the counter's real call path (<c>CoordinatedMutator</c>: the Hub
/// decides) and waits for the hall feed and EVERY board to show it. Then tickets per second at one kiosk.
/// </summary>
internal sealed class CallLatencyRun(CallBenchOptions options)
{
    private const string Key = "load-harness-key-0123456789";
    private const string Supervisor = "bench";
    private const string SupervisorPassword = "bench-password-0123";
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(10);

    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        ScratchFolder.RunInAsync("cn-calls-", root => RunInAsync(root, cancellationToken));

    private async Task<int> RunInAsync(string root, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(1, options.Counters).Select(i => $"bench-counter-{i:00}").Append("bench-kiosk").ToList();
        var setup = Stopwatch.StartNew();
        string[] board =
        [
            $"--Hub:Board:Supervisors:0:UserName={Supervisor}",
            $"--Hub:Board:Supervisors:0:PasswordHash={SupervisorPasswordHasher.Hash(SupervisorPassword, 1000)}",
        ];
        await using var hub = await HubProcess.StartAsync(Path.Combine(root, "hub"), ids, Key, null, cancellationToken, board);
        var counters = new List<HarnessNode>();
        var screens = new List<BoardWatcher>();
        try
        {
            foreach (var chunk in ids.Take(options.Counters).Chunk(10))
                counters.AddRange(await Task.WhenAll(chunk.Select(id => HarnessNode.StartAsync(id, Key, hub.Url, Path.Combine(root, id), cancellationToken))));
            await WaitAsync(async () =>
            {
                foreach (var node in counters)
                {
                    if (!node.Pokes.IsConnected || !(await node.Replica.GetSyncStateAsync(cancellationToken)).Bootstrapped)
                        return false;
                }

                return true;
            }, "every counter connected and bootstrapped", TimeSpan.FromSeconds(120), cancellationToken);

            // Every counter prints its own tickets (unique numbers), then waits until the Hub confirmed them.
            var perCounter = (options.Warmup + options.Samples + options.Counters - 1) / options.Counters + 1;
            var day = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)); // the center's day (UTC+7), as the board counts it
            var tickets = new List<Queue<(Guid Id, string Label)>>();
            for (var c = 0; c < counters.Count; c++)
            {
                var mine = new Queue<(Guid, string)>();
                var prefix = new string([(char)('A' + (c / 26)), (char)('A' + (c % 26))]); // one series per counter: AA, AB, …
                for (var i = 1; i <= perCounter; i++)
                {
                    var id = Guid.CreateVersion7();
                    await counters[c].Replica.MutateAsync(TicketMutationTypes.Issue,
                        MutatorJson.ToElement(new IssueTicketPayload(id, prefix, i, day, prefix)), null, cancellationToken);
                    mine.Enqueue((id, new TicketNumber(prefix, i).Format()));
                }

                tickets.Add(mine);
            }

            await WaitAsync(async () =>
            {
                for (var c = 0; c < counters.Count; c++)
                {
                    var last = tickets[c].Last();
                    if (await counters[c].Replica.GetAsync(TicketEntityTypes.Ticket, last.Id.ToString("D"), cancellationToken) is not { IsPending: false })
                        return false;
                }

                return true;
            }, "every ticket confirmed by the Hub", TimeSpan.FromSeconds(120), cancellationToken);

            for (var b = 0; b < options.Boards; b++)
                screens.Add(await BoardWatcher.ConnectBoardAsync(hub.Url, Supervisor, SupervisorPassword, cancellationToken));
            var hall = await BoardWatcher.ConnectHallAsync(hub.Url, cancellationToken);
            screens.Add(hall);
            var boards = screens.Take(options.Boards).ToList();
            Console.WriteLine($"{counters.Count} counters, {boards.Count} boards and the hall display connected to the Hub at {hub.Url} in {setup.Elapsed.TotalSeconds:F1} s; {counters.Count * perCounter} tickets waiting");

            var decided = new List<double>();
            var onHall = new List<double>();
            var onBoards = new List<double>();
            var timeouts = 0;
            var run = Stopwatch.StartNew();
            for (var i = 0; i < options.Warmup + options.Samples && run.Elapsed < options.MaxDuration; i++)
            {
                var c = i % counters.Count;
                var counter = c + 1;
                var (ticketId, label) = tickets[c].Dequeue();
                var shown = screens.Select(s => s.ExpectAsync(label, counter)).ToList();
                var start = Stopwatch.GetTimestamp();
                var result = await counters[c].Coordinated.MutateAsync(TicketMutationTypes.Call,
                    MutatorJson.ToElement(new TicketCounterPayload(ticketId, counter)), "bench-officer", cancellationToken);
                var decidedAt = Stopwatch.GetTimestamp();
                var all = Task.WhenAll(shown);
                var done = await Task.WhenAny(all, Task.Delay(SampleTimeout, cancellationToken));
                foreach (var screen in screens)
                    screen.Forget(label, counter);
                if (done != all || result.Status.State != MutationState.Applied)
                {
                    timeouts++;
                    continue;
                }

                if (i < options.Warmup)
                    continue;
                decided.Add(Stopwatch.GetElapsedTime(start, decidedAt).TotalMilliseconds);
                onHall.Add(Stopwatch.GetElapsedTime(start, await shown[^1]).TotalMilliseconds);
                onBoards.Add(Stopwatch.GetElapsedTime(start, shown.Take(boards.Count).Max(t => t.Result)).TotalMilliseconds);
            }

            Console.WriteLine($"\"call next\" at one of {counters.Count} counters, {boards.Count} boards + hall connected, {onHall.Count} samples (+{options.Warmup} warm-up), " +
                              $"{timeouts} failed or timed out (> {SampleTimeout.TotalSeconds:F0} s), {run.Elapsed.TotalSeconds:F1} s:");
            Print("call decided by the Hub (counter's answer)", decided);
            Print("shown on the hall display feed      ", onHall);
            Print($"shown on all {boards.Count} boards               ", onBoards);
            Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");

            if (options.KioskSeconds > 0)
                await KioskThroughput.RunAsync(hub.Url, "bench-kiosk", Key, Path.Combine(root, "bench-kiosk"), options.KioskSeconds, cancellationToken);
            return timeouts == 0 && onHall.Count > 0 ? 0 : 1;
        }
        finally
        {
            foreach (var screen in screens)
                await screen.DisposeAsync();
            await Task.WhenAll(counters.Select(n => n.DisposeAsync().AsTask()));
        }
    }

    private static void Print(string what, List<double> samples)
    {
        var stats = new LatencyStats(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: p50 {stats.Percentile(50):F1} ms  p99 {stats.Percentile(99):F1} ms  max {stats.Max:F1} ms"));
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
