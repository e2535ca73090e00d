using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CounterNode.LoadHarness;

/// <summary>
/// The real Hub (CounterNode.Hub.dll from this program's folder) as a child process on a free
/// loopback port, with the harness's nodes seeded through command-line configuration.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;

    private HubProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The Hub process's CPU time and resident memory now.</summary>
    public ProcessUsage Usage() => ProcessUsage.Read(_process);

    public static async Task<HubProcess> StartAsync(
        string directory, IReadOnlyList<string> nodeIds, string key, string? postgres, CancellationToken cancellationToken, IEnumerable<string>? extraArguments = null)
    {
        Directory.CreateDirectory(directory);
        var settings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(settings))
            File.Copy(settings, Path.Combine(directory, "appsettings.json"), overwrite: true);
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CounterNode.Hub.dll"));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(directory);
        info.ArgumentList.Add($"--Urls=http://127.0.0.1:{port}");
        info.ArgumentList.Add("--Serilog:MinimumLevel:Default=Warning");
        info.ArgumentList.Add("--Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning");
        if (postgres is not null)
        {
            info.ArgumentList.Add("--Hub:Database=PostgreSql");
            info.ArgumentList.Add($"--Hub:ConnectionString={postgres}");
        }
        else
        {
            info.ArgumentList.Add($"--Hub:ConnectionString=Data Source={Path.Combine(directory, "hub.db")}");
        }

        // Indexes after the four nodes of the repository's appsettings.json.
        for (var i = 0; i < nodeIds.Count; i++)
        {
            var index = (i + 10).ToString(CultureInfo.InvariantCulture);
            info.ArgumentList.Add($"--Hub:Nodes:{index}:Id={nodeIds[i]}");
            info.ArgumentList.Add($"--Hub:Nodes:{index}:Key={key}");
            info.ArgumentList.Add($"--Hub:Nodes:{index}:Scopes:0=center");
        }

        foreach (var argument in extraArguments ?? [])
            info.ArgumentList.Add(argument);
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the Hub.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[hub] " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[hub] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var hub = new HubProcess(process, new Uri($"http://127.0.0.1:{port}"));
        await hub.WaitHealthyAsync(cancellationToken);
        return hub;
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The Hub exited with {_process.ExitCode}.");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start.
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The Hub did not become healthy within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
