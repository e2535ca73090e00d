using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace CounterNode.Simulation;

/// <summary>
/// The real Hub engine over a real EF Core SQLite database kept in memory (one open
/// connection). A restart drops the engine (its clock and anything in memory) and builds a new
/// one over the same database, as a process restart would.
/// </summary>
internal sealed class SimHub : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<HubDbContext> _options;
    private readonly TimeProvider _time;
    private readonly HubSyncOptions _settings;
    private readonly PooledDbContextFactory<HubDbContext> _contexts;

    private SimHub(SqliteConnection connection, TimeProvider time, HubSyncOptions settings)
    {
        _connection = connection;
        _options = new DbContextOptionsBuilder<HubDbContext>().UseSqlite(connection).Options;
        _contexts = new PooledDbContextFactory<HubDbContext>(_options);
        _time = time;
        _settings = settings;
        Engine = CreateEngine();
    }

    public HubSyncEngine Engine { get; private set; }

    public int Restarts { get; private set; }

    public static async Task<SimHub> CreateAsync(IEnumerable<NodeSeed> nodes, TimeProvider time, HubSyncOptions settings)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var hub = new SimHub(connection, time, settings);
        await using var db = hub.NewContext();
        await HubDatabaseInitializer.InitializeAsync(db, nodes, CancellationToken.None);
        return hub;
    }

    public HubDbContext NewContext() => new(_options);

    public void Restart()
    {
        Restarts++;
        Engine = CreateEngine();
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private HubSyncEngine CreateEngine() =>
        new(_contexts, MutatorRegistry.Default, NullSyncPokeSender.Instance, _time, Options.Create(_settings));
}
