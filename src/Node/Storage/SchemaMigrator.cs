using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Storage;

/// <summary>
/// Brings a replica file to the latest schema at open. All pending steps run in ONE
/// transaction: a node that crashes (or hits a bad step) mid-upgrade keeps its old schema and
/// data intact instead of a half-migrated file.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Applies the missing migrations and returns the resulting schema version.</summary>
    /// <exception cref="SchemaTooNewException">The file has a newer schema than <paramref name="migrations"/>.</exception>
    public static int Migrate(SqliteConnection connection, IReadOnlyList<SchemaMigration> migrations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        ArgumentNullException.ThrowIfNull(time);
        EnsureOrdered(migrations);
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;

        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            );
            """);
        var current = CurrentVersion(connection, transaction);
        if (current > known)
            throw new SchemaTooNewException(connection.DataSource, current, known);

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            Execute(connection, transaction, migration.Sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES ($v, $n, $t)";
            record.Parameters.AddWithValue("$v", migration.Version);
            record.Parameters.AddWithValue("$n", migration.Name);
            record.Parameters.AddWithValue("$t", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            current = migration.Version;
        }

        transaction.Commit();
        return current;
    }

    /// <summary>The schema version recorded in the file (0 when none).</summary>
    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void EnsureOrdered(IReadOnlyList<SchemaMigration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException(
                    $"Schema migrations must be numbered 1, 2, 3… without gaps; step {i + 1} has version {migrations[i].Version}.");
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
