using CounterNode.Node.Storage;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private readonly TestReplicas _replicas = new();

    [Fact]
    public void Opening_an_empty_file_applies_every_migration_and_sets_wal()
    {
        using (_replicas.Open())
        {
        }

        using var raw = new SqliteConnection($"Data Source={_replicas.FilePath()}");
        raw.Open();
        Assert.Equal(NodeSchema.LatestVersion, SchemaMigrator.CurrentVersion(raw));
        using var tables = raw.CreateCommand();
        tables.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var names = new List<string>();
        using (var reader = tables.ExecuteReader())
        {
            while (reader.Read())
                names.Add(reader.GetString(0));
        }

        foreach (var table in new[] { "outbox", "server_entity", "local_entity", "sync_state", "reserve_block", "number_usage", "schema_version", "mutation_outcome" })
            Assert.Contains(table, names);
        using var journal = raw.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", journal.ExecuteScalar());
    }

    [Fact]
    public async Task The_replica_connection_commits_durably()
    {
        await using var replica = _replicas.Open();

        Assert.Equal("wal", await replica.ReadPragmaAsync("journal_mode", CancellationToken.None));
        Assert.Equal("2", await replica.ReadPragmaAsync("synchronous", CancellationToken.None)); // 2 = FULL
        Assert.Equal("5000", await replica.ReadPragmaAsync("busy_timeout", CancellationToken.None));
        Assert.Equal("ok", await replica.CheckIntegrityAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reopening_keeps_data_and_does_not_migrate_again()
    {
        await using (var replica = _replicas.Open())
            await replica.MutateAsync("ticket.issue", TestReplicas.Issue(Guid.NewGuid(), 1), null, CancellationToken.None);

        await using (var again = _replicas.Open())
        {
            var state = await again.GetSyncStateAsync(CancellationToken.None);
            Assert.Equal(1, state.LastMutationId);
            Assert.Equal(1, state.PendingCount);
        }

        using var raw = new SqliteConnection($"Data Source={_replicas.FilePath()}");
        raw.Open();
        using var count = raw.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_version";
        Assert.Equal((long)NodeSchema.Migrations.Count, count.ExecuteScalar());
    }

    [Fact]
    public void A_file_from_a_newer_build_is_refused_and_left_untouched()
    {
        using (_replicas.Open())
        {
        }

        using (var raw = new SqliteConnection($"Data Source={_replicas.FilePath()};Pooling=False"))
        {
            raw.Open();
            using var bump = raw.CreateCommand();
            bump.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')";
            bump.ExecuteNonQuery();
        }

        var error = Assert.Throws<SchemaTooNewException>(() => _replicas.Open());
        Assert.Equal(99, error.FoundVersion);
        Assert.Equal(NodeSchema.LatestVersion, error.KnownVersion);
        Assert.Contains("Upgrade", error.Message, StringComparison.Ordinal);

        using var check = new SqliteConnection($"Data Source={_replicas.FilePath()};Pooling=False");
        check.Open();
        Assert.Equal(99, SchemaMigrator.CurrentVersion(check));
    }

    [Fact]
    public void A_failing_step_rolls_back_every_step_of_the_upgrade()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_replicas.Directory, "m.db")};Pooling=False");
        connection.Open();
        var steps = new[]
        {
            new SchemaMigration(1, "good", "CREATE TABLE a (x INTEGER);"),
            new SchemaMigration(2, "bad", "CREATE TABLE b (x INTEGER); THIS IS NOT SQL;"),
        };

        Assert.Throws<SqliteException>(() => SchemaMigrator.Migrate(connection, steps, TimeProvider.System));

        using var tables = connection.CreateCommand();
        tables.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE name IN ('a', 'b', 'schema_version')";
        Assert.Equal(0L, tables.ExecuteScalar());
    }

    [Fact]
    public void Migrations_must_be_numbered_without_gaps()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var steps = new[] { new SchemaMigration(1, "one", "SELECT 1;"), new SchemaMigration(3, "three", "SELECT 1;") };
        Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(connection, steps, TimeProvider.System));
    }

    public void Dispose() => _replicas.Dispose();
}
