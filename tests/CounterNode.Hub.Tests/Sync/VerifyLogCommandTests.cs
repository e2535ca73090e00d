using CounterNode.Hub.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CounterNode.Hub.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CounterNode.Hub.Tests.Sync;

/// <summary>The <c>--verify-log</c> command on a Hub built exactly as Program.cs builds it (AddHub, real SQLite file).</summary>
public sealed class VerifyLogCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cn-hub-verify-").FullName;

    private WebApplication BuildHub(string database)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = _dir, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:ConnectionString"] = $"Data Source={database};Pooling=False",
            ["Hub:Nodes:0:Id"] = TestNodes.Counter1,
            ["Hub:Nodes:0:Key"] = TestNodes.KeyOf(TestNodes.Counter1),
            ["Hub:Nodes:0:Scopes:0"] = "center",
        });
        builder.AddHub();
        return builder.Build();
    }

    [Fact]
    public async Task Verify_log_exits_0_on_an_intact_log_and_1_after_tampering()
    {
        var database = Path.Combine(_dir, "data", "hub.db");
        await using (var app = BuildHub(database))
        {
            Assert.Null(await app.RunSyncCommandAsync([]));
            Assert.Equal(0, await app.RunSyncCommandAsync(["--verify-log"]));
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var outbox = new OutboxBuilder(TestNodes.Counter1, time);
            var engine = app.Services.GetRequiredService<HubSyncEngine>();
            await engine.PushAsync(new NodeIdentity(TestNodes.Counter1, ["center"]), outbox.Push(outbox.Issue(Guid.NewGuid(), 1), outbox.Issue(Guid.NewGuid(), 2)), default);
            Assert.Equal(0, await app.RunSyncCommandAsync(["--verify-log"]));
        }

        await using (var sqlite = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "UPDATE change_log SET entity_id = 'forged' WHERE version = 2";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        await using (var app = BuildHub(database))
            Assert.Equal(1, await app.RunSyncCommandAsync(["--verify-log"]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
