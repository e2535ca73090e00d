namespace CounterNode.Hub.Tests.Catalogue;

/// <summary>
/// Base of the concurrent-edit API tests: one <see cref="AdminHub"/> on a fresh SQLite file per
/// test, the file removed afterwards. <see cref="DatabaseFile"/> lets a test start a second
/// instance on the same database (two Hubs behind a load balancer).
/// </summary>
public abstract class AdminHubTest : IAsyncLifetime
{
    private AdminHub? _hub;

    protected string DatabaseFile { get; } = Path.Combine(Path.GetTempPath(), $"cn-admin-hub-{Guid.NewGuid():N}.db");

    internal AdminHub Hub => _hub ?? throw new InvalidOperationException("The Hub starts in InitializeAsync.");

    public async Task InitializeAsync() => _hub = await AdminHub.StartAsync(DatabaseFile);

    public async Task DisposeAsync()
    {
        if (_hub is not null)
            await _hub.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(DatabaseFile);
    }
}
