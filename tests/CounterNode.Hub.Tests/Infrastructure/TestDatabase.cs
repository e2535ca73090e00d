using CounterNode.Hub.Configuration;
using CounterNode.Hub.Data;
using CounterNode.Hub.Sync;
using CounterNode.Shared.Sync.Mutators;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CounterNode.Hub.Tests.Infrastructure;

/// <summary>
/// A fresh, real Hub database for one test: a SQLite file in a temp folder, or a new database
/// on the PostgreSQL server of <c>CN_TEST_POSTGRES</c>. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        Options = HubDatabase.CreateOptions(provider, connectionString);
        Contexts = new HubDbContextFactory(Options);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DbContextOptions<HubDbContext> Options { get; }

    public IDbContextFactory<HubDbContext> Contexts { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, IEnumerable<NodeSeed>? nodes = null)
    {
        TestDatabase db;
        if (provider == DatabaseProvider.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "cn-hub-tests");
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, $"{Guid.NewGuid():N}.db");
            var csb = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 60 };
            db = new TestDatabase(provider, csb.ToString(), file);
        }
        else if (provider == DatabaseProvider.PostgreSql)
        {
            var server = Environment.GetEnvironmentVariable("CN_TEST_POSTGRES")
                ?? throw new InvalidOperationException("CN_TEST_POSTGRES is not set: start PostgreSQL with scripts/test-services.sh (required in CI).");
            var csb = new NpgsqlConnectionStringBuilder(server) { Database = $"cn_hub_{Guid.NewGuid():N}" };
            db = new TestDatabase(provider, csb.ToString(), null);
        }
        else
        {
            throw new NotSupportedException($"{provider} cannot run on this machine.");
        }

        await using var context = db.Contexts.CreateDbContext();
        await HubDatabaseInitializer.InitializeAsync(context, nodes ?? TestNodes.Seeds, CancellationToken.None);
        return db;
    }

    public HubSyncEngine CreateEngine(TimeProvider time, HubSyncOptions? options = null, ISyncPokeSender? pokes = null) =>
        new(Contexts, MutatorRegistry.Default, pokes ?? NullSyncPokeSender.Instance, time, Microsoft.Extensions.Options.Options.Create(options ?? new HubSyncOptions()));

    public HubDbContext NewContext() => Contexts.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(_sqliteFile + suffix);
        }
        else
        {
            await using var context = NewContext();
            NpgsqlConnection.ClearAllPools();
            await context.Database.EnsureDeletedAsync();
        }
    }
}
