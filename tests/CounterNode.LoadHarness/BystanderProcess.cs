using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;

namespace CounterNode.LoadHarness;

/// <summary>
/// The measuring side of <c>--bystander-processes</c>: one child process of this harness running
/// a share of the bystander nodes (see <see cref="BystanderChild"/>), started at low CPU priority
/// (<c>nice</c>) so their apply work — which on real counters runs on 200 separate PCs — takes
/// only the CPU that the Hub and the measured nodes A and B leave over.
/// </summary>
internal sealed class BystanderProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

    private BystanderProcess(Process process, int index)
    {
        _process = process;
        Index = index;
    }

    public int Index { get; }

    public static BystanderProcess Start(int index, IReadOnlyList<string> nodeIds, string key, Uri hub, string root, int nice, int minThreads)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CounterNode.LoadHarness.dll");
        // nice(1) makes every thread of the child low priority from its first instruction;
        // setting the priority after the start would miss threads the runtime already created.
        var viaNice = nice != 0 && File.Exists("/usr/bin/nice");
        var info = new ProcessStartInfo(viaNice ? "/usr/bin/nice" : "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (viaNice)
        {
            info.ArgumentList.Add("-n");
            info.ArgumentList.Add(nice.ToString(CultureInfo.InvariantCulture));
            info.ArgumentList.Add("dotnet");
        }

        foreach (var argument in new[]
                 {
                     dll, BystanderChild.Flag, "--hub", hub.ToString(), "--key", key, "--root", root, "--ids", string.Join(',', nodeIds),
                     "--min-threads", minThreads.ToString(CultureInfo.InvariantCulture),
                 })
            info.ArgumentList.Add(argument);
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start a bystander process.");
        if (nice != 0 && !viaNice)
            process.PriorityClass = nice >= 19 ? ProcessPriorityClass.Idle : ProcessPriorityClass.BelowNormal;
        var bystanders = new BystanderProcess(process, index);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
                bystanders._lines.Writer.TryComplete();
            else if (e.Data.StartsWith('@'))
                bystanders._lines.Writer.TryWrite(e.Data);
            else
                Console.Error.WriteLine($"[bystanders {index}] {e.Data}");
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine($"[bystanders {index}] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bystanders;
    }

    /// <summary>Waits for <c>@ready</c>: every node of the child connected and bootstrapped.</summary>
    public async Task WaitReadyAsync(CancellationToken cancellationToken)
    {
        await foreach (var line in _lines.Reader.ReadAllAsync(cancellationToken))
        {
            if (line == "@ready")
                return;
        }

        throw new InvalidOperationException($"Bystander process {Index} exited before it was ready (exit code {ExitCodeOrNone()}).");
    }

    /// <summary>Asks how many of the <paramref name="expected"/> tickets each node confirmed (the child waits up to 60 s for them).</summary>
    public async Task<(IReadOnlyList<BystanderReport> Nodes, string Runtime)> ReportAsync(int expected, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync($"@expect {expected.ToString(CultureInfo.InvariantCulture)}".AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        var nodes = new List<BystanderReport>();
        var runtime = string.Empty;
        await foreach (var line in _lines.Reader.ReadAllAsync(cancellationToken))
        {
            var parts = line.Split(' ');
            if (parts[0] == "@node" && parts.Length == 5)
            {
                nodes.Add(new BystanderReport(parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture),
                    long.Parse(parts[3], CultureInfo.InvariantCulture), long.Parse(parts[4], CultureInfo.InvariantCulture)));
            }
            else if (parts[0] == "@gc")
            {
                runtime = line["@gc ".Length..];
            }
            else if (parts[0] == "@end")
            {
                return (nodes, runtime);
            }
        }

        throw new InvalidOperationException($"Bystander process {Index} exited before reporting (exit code {ExitCodeOrNone()}).");
    }

    private string ExitCodeOrNone() => _process.HasExited ? _process.ExitCode.ToString(CultureInfo.InvariantCulture) : "running";

    public async ValueTask DisposeAsync()
    {
        try
        {
            // End of input tells the child to stop its nodes and exit.
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or InvalidOperationException)
        {
            if (!_process.HasExited)
                _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
