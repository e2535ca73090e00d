using CounterNode.IntegrationTests.Infrastructure;

namespace CounterNode.IntegrationTests.Sync;

/// <summary>The Hub refuses to start with a badly configured node, names the setting, and never echoes the key.</summary>
public sealed class HubNodeConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cn-hub-nodes-").FullName;

    [Fact]
    public async Task A_short_node_key_stops_the_hub_with_exit_code_2_and_the_setting_named()
    {
        const string shortKey = "tiny-key";
        await using var hub = AppProcess.Start(AppKind.Hub, Path.Combine(_root, "hub"),
            [$"--Urls=http://127.0.0.1:{FreePort.Next()}", $"--Hub:Nodes:1:Key={shortKey}", "--Hub:Nodes:2:Scopes:0=everyone"]);

        await hub.WaitForLineAsync(l => l.Contains("Hub:Nodes:1:Key must be at least 16 characters", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var exitCode = await hub.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exitCode);
        Assert.Contains(hub.Lines, l => l.Contains("Hub:Nodes:2:Scopes", StringComparison.Ordinal));
        Assert.DoesNotContain(hub.Lines, l => l.Contains(shortKey, StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(hub.WorkingDirectory, "data", "hub.db")), "nothing may be created before the configuration is valid");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder.
        }
    }
}
