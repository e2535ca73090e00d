using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// Runs the real Hub or Node as a separate process (the same binary systemd runs), in its own
/// working folder with the repository's appsettings.json, and collects its console output.
/// Stop with SIGTERM (<see cref="StopAsync"/>) or SIGKILL (<see cref="Kill"/>).
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0, int.MaxValue);

    private AppProcess(Process process, string workingDirectory)
    {
        _process = process;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The process's working folder (its data/ and logs/ live here).</summary>
    public string WorkingDirectory { get; }

    /// <summary>Every line written to stdout and stderr so far.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Operating-system process id.</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Starts a program with extra command-line configuration (e.g. <c>--Node:NodeId=a</c>).</summary>
    /// <param name="kind">Hub or Node.</param>
    /// <param name="workingDirectory">Folder to run in; created; reused across restarts to keep data.</param>
    /// <param name="arguments">Command-line configuration.</param>
    /// <param name="environment">Extra environment variables.</param>
    public static AppProcess Start(AppKind kind, string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        Directory.CreateDirectory(workingDirectory);
        var name = kind == AppKind.Hub ? "Hub" : "Node";
        // The repository's own appsettings.json is the configuration under test; the content
        // root is the working folder so each process reads its own copy.
        File.Copy(Path.Combine(RepoPaths.Root, "src", name, "appsettings.json"), Path.Combine(workingDirectory, "appsettings.json"), overwrite: true);

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(RepoPaths.TestBin, $"CounterNode.{name}.dll"));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(workingDirectory);
        foreach (var argument in arguments)
            info.ArgumentList.Add(argument);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
                info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new AppProcess(process, workingDirectory);
        process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        if (!process.Start())
            throw new InvalidOperationException($"Could not start {name}.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until a line matching <paramref name="predicate"/> was written.</summary>
    /// <exception cref="TimeoutException">Not seen in time; the message holds the output so far.</exception>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            var match = _lines.FirstOrDefault(predicate);
            if (match is not null)
                return match;
            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the redirected output before the last look
                match = _lines.FirstOrDefault(predicate);
                if (match is not null)
                    return match;
                throw new InvalidOperationException($"Process exited with {_process.ExitCode} before the expected line.\n{Output()}");
            }

            try
            {
                await _lineArrived.WaitAsync(TimeSpan.FromMilliseconds(200), cts.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"Expected line not seen within {timeout}.\n{Output()}");
            }
        }
    }

    /// <summary>Polls <paramref name="url"/> until it answers 2xx (the server is listening).</summary>
    /// <exception cref="TimeoutException">No success in time; the message holds the output so far.</exception>
    public async Task WaitForHttpAsync(Uri url, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Process exited with {_process.ExitCode} while waiting for {url}.\n{Output()}");
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start on a busy machine.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"{url} did not answer within {timeout}.\n{Output()}");
    }

    /// <summary>Sends SIGTERM (what systemd and Ctrl+C's host shutdown do) and waits for exit.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            _ = SysKill(_process.Id, SigTerm);
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Process did not stop within {timeout} after SIGTERM.\n{Output()}");
            }
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>
    /// Waits for a process that is expected to end on its own (e.g. refusing a bad configuration):
    /// no SIGTERM, which would race its own exit and turn its exit code into 143 on a busy machine.
    /// </summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Process did not exit by itself within {timeout}.\n{Output()}");
        }

        _process.WaitForExit(); // drains the redirected output
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process dies at once, as in a power cut.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>All output so far, for assertion messages.</summary>
    public string Output() => string.Join('\n', _lines);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                await StopAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // Already killed by StopAsync.
            }
        }

        _process.Dispose();
        _lineArrived.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
            return;
        _lines.Enqueue(line);
        _lineArrived.Release();
    }

    private const int SigTerm = 15;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SysKill(int pid, int signal);
}
