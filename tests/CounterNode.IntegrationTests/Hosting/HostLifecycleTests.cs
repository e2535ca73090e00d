using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Hosting;

/// <summary>
/// The Hub and a Node start as real processes, log their startup line (version, role,
/// configuration sources — never secret values), answer on loopback, write rolling log files,
/// and stop cleanly with exit code 0 on SIGTERM.
/// </summary>
public sealed class HostLifecycleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cn-host-").FullName;

    [Fact]
    public async Task Hub_and_node_start_log_and_stop_cleanly_on_sigterm()
    {
        var hubPort = FreePort.Next();
        var nodePort = FreePort.Next();
        const string secret = "s3cr3t-node-key-never-logged";

        await using var hub = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "hub"),
            [$"--Urls=http://127.0.0.1:{hubPort}"]);
        await using var node = AppProcess.Start(AppKind.Node, Path.Combine(_root, "node"),
            [$"--Urls=http://127.0.0.1:{nodePort}", "--Node:NodeId=counter-07", "--Node:Role=Counter", $"--Node:HubUrl=http://127.0.0.1:{hubPort}"],
            new Dictionary<string, string> { ["Node__Key"] = secret });

        var hubStart = await hub.WaitForLineAsync(l => l.Contains("CounterNode hub", StringComparison.Ordinal) && l.Contains("starting", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var nodeStart = await node.WaitForLineAsync(l => l.Contains("CounterNode node", StringComparison.Ordinal) && l.Contains("starting", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        await node.WaitForLineAsync(l => l.Contains("Node counter-07 ready as Counter", StringComparison.Ordinal), TimeSpan.FromSeconds(60));

        Assert.Contains("configuration from", hubStart, StringComparison.Ordinal);
        Assert.Contains("appsettings.json", nodeStart, StringComparison.Ordinal);
        Assert.Contains("environment variables", nodeStart, StringComparison.Ordinal);

        await hub.WaitForHttpAsync(new Uri($"http://127.0.0.1:{hubPort}/health"), TimeSpan.FromSeconds(60));
        await node.WaitForHttpAsync(new Uri($"http://127.0.0.1:{nodePort}/health"), TimeSpan.FromSeconds(60));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var health = await http.GetStringAsync(new Uri($"http://127.0.0.1:{hubPort}/health"));
        Assert.Contains("\"status\":\"ok\"", health, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"ok\"", await http.GetStringAsync(new Uri($"http://127.0.0.1:{nodePort}/health")), StringComparison.Ordinal);

        Assert.Equal(0, await node.StopAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, await hub.StopAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(node.Lines, l => l.Contains("Node counter-07 stopped cleanly", StringComparison.Ordinal));

        // Rolling file sink from appsettings.json: logs/node-YYYYMMDD.log in the working folder.
        var nodeLogs = Directory.GetFiles(Path.Combine(node.WorkingDirectory, "logs"), "node-*.log");
        var hubLogs = Directory.GetFiles(Path.Combine(hub.WorkingDirectory, "logs"), "hub-*.log");
        Assert.Single(nodeLogs);
        Assert.Single(hubLogs);
        var fileText = await File.ReadAllTextAsync(nodeLogs[0]);
        Assert.Contains("Node counter-07 stopped cleanly", fileText, StringComparison.Ordinal);

        // The key reached the process (environment) but neither the console nor the file.
        Assert.DoesNotContain(node.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        Assert.DoesNotContain(secret, fileText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_with_invalid_options_refuses_to_start_and_names_the_setting()
    {
        await using var node = AppProcess.Start(AppKind.Node, Path.Combine(_root, "bad-node"),
            [$"--Urls=http://127.0.0.1:{FreePort.Next()}", "--Node:NodeId=Counter 1!"]);

        var line = await node.WaitForLineAsync(l => l.Contains("Node:NodeId", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.Contains("lower-case", line, StringComparison.Ordinal);
        var exit = await node.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(2, exit); // invalid configuration: a clear exit code, not a crash dump
        Assert.Contains(node.Lines, l => l.StartsWith("CounterNode cannot start: invalid configuration", StringComparison.Ordinal));
        Assert.DoesNotContain(node.Lines, l => l.Contains("Unhandled exception", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("00:10:00")]
    public async Task Hub_with_an_unreadable_or_unbounded_shutdown_timeout_refuses_to_start(string value)
    {
        await using var hub = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "bad-hub-" + value.Replace(':', '-')),
            [$"--Urls=http://127.0.0.1:{FreePort.Next()}", $"--Host:ShutdownTimeout={value}"]);

        var line = await hub.WaitForLineAsync(l => l.Contains("Host:ShutdownTimeout", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        Assert.Contains("between", line, StringComparison.Ordinal);
        Assert.Equal(2, await hub.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A process may still hold a log file for a moment; the temp folder is cleaned later.
        }
    }
}
