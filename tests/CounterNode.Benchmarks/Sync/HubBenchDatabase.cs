using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync;
using CounterNode.Shared.Sync.Mutators;
using CounterNode.Shared.Sync.Mutators.Tickets;
using CounterNode.Shared.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CounterNode.Benchmarks.Sync;

/// <summary>A fresh Hub database (SQLite file, WAL, or a new PostgreSQL database from CN_TEST_POSTGRES) and an engine over it.</summary>
internal sealed class HubBenchDatabase : IDisposable
{
    private readonly string? _file;
    private readonly DbContextOptions<HubDbContext> _options;

    public HubBenchDatabase(DatabaseProvider provider)
    {
        string connectionString;
        if (provider == DatabaseProvider.Sqlite)
        {
            _file = Path.Combine(Path.GetTempPath(), $"cn-bench-hub-{Guid.NewGuid():N}.db");
            connectionString = new SqliteConnectionStringBuilder { DataSource = _file }.ToString();
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("CN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set CN_TEST_POSTGRES (scripts/test-services.sh) for the PostgreSQL benchmarks.");
            connectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"cn_bench_{Guid.NewGuid():N}" }.ToString();
        }

        _options = HubDatabase.CreateOptions(provider, connectionString);
        var seed = new NodeSeed { Id = Node, Key = "benchmark-key-0123456789" };
        seed.Scopes.Add("*");
        using (var db = new HubDbContext(_options))
            HubDatabaseInitializer.InitializeAsync(db, [seed], CancellationToken.None).GetAwaiter().GetResult();
        Engine = new HubSyncEngine(new PooledDbContextFactory<HubDbContext>(_options), MutatorRegistry.Default, NullSyncPokeSender.Instance,
            TimeProvider.System, Options.Create(new HubSyncOptions()));
        Identity = new NodeIdentity(Node, ["*"]);
    }

    public const string Node = "bench-node";

    public HubSyncEngine Engine { get; }

    public NodeIdentity Identity { get; }

    private readonly HybridLogicalClock _clock = new(TimeProvider.System, new InMemoryHybridClockStateStore());
    private long _next = 1;
    private string _previous = string.Empty;
    private int _number;

    /// <summary>The next <paramref name="count"/> outbox entries (ticket issues) of the bench node.</summary>
    public PushRequest NextBatch(int count)
    {
        var mutations = new List<Mutation>(count);
        for (var i = 0; i < count; i++)
        {
            // Time-ordered ids, as a kiosk makes them (TicketIssuer: Guid.CreateVersion7): random ids
            // would scatter the entity inserts over the B-tree in a way no real node does.
            var payload = MutatorJson.ToElement(new IssueTicketPayload(Guid.CreateVersion7(), "A", ++_number, new DateOnly(2026, 11, 26)));
            var hlc = _clock.Now();
            var id = Guid.CreateVersion7();
            var hash = MutationHasher.Compute(_previous, Node, _next, id, TicketMutationTypes.Issue, payload.GetRawText(), hlc, null);
            mutations.Add(new Mutation(Node, _next, id, TicketMutationTypes.Issue, payload, hlc, null, _previous, hash));
            _previous = hash;
            _next++;
        }

        return new PushRequest(SyncProtocol.Version, Node, mutations);
    }

    public void Dispose()
    {
        using var db = new HubDbContext(_options);
        if (_file is null)
        {
            NpgsqlConnection.ClearAllPools();
            db.Database.EnsureDeleted();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_file + suffix);
    }
}
