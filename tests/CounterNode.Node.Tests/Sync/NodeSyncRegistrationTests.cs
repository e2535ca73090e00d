using CounterNode.Node.Storage;
using CounterNode.Node.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CounterNode.Node.Tests.Sync;

public sealed class NodeSyncRegistrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cn-nodesync-di-").FullName;

    [Fact]
    public async Task The_registered_services_open_a_replica_in_the_data_directory()
    {
        await using var services = Build(new() { ["Node:Key"] = "k-123" });

        var replica = services.GetRequiredService<INodeReplica>();

        Assert.Same(services.GetRequiredService<NodeReplica>(), replica);
        Assert.Equal("counter-05", replica.NodeId);
        Assert.True(File.Exists(Path.Combine(_directory, NodeReplicaOptions.FileName)));
        Assert.Same(services.GetRequiredService<NumberAllocator>(), services.GetRequiredService<INumberAllocator>());
        Assert.Equal(TimeSpan.FromSeconds(2), services.GetRequiredService<IOptions<NodeSyncOptions>>().Value.PullInterval);
    }

    [Theory]
    [InlineData(null, null, "Node:Key")]
    [InlineData("k", "0", "PushBatchSize")]
    [InlineData("k", "5000", "PushBatchSize")]
    public async Task Invalid_settings_are_refused_with_the_setting_named(string? key, string? batch, string named)
    {
        await using var services = Build(new() { ["Node:Key"] = key, ["Node:Sync:PushBatchSize"] = batch });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<NodeSyncOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void The_key_never_appears_in_the_credentials_text()
    {
        var credentials = new HubCredentials("counter-01", "super-secret-key");
        Assert.DoesNotContain("super-secret-key", credentials.ToString(), StringComparison.Ordinal);
        Assert.Contains("counter-01", credentials.ToString(), StringComparison.Ordinal);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["Node:NodeId"] = "counter-05";
        settings["Node:DataDirectory"] = _directory;
        settings["Node:Sync:PullInterval"] = "00:00:02";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddNodeSync(configuration);
        return services.BuildServiceProvider();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
