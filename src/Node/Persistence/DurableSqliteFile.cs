using Microsoft.Data.Sqlite;

namespace CounterNode.Node.Persistence;

/// <summary>
/// A small SQLite file of the node's own (print jobs, printed notices) beside the replica in its
/// data directory. WAL lets other readers (backup, verify) run beside the node; every connection
/// gets <c>synchronous = FULL</c>, so a write reported done survives power loss, and a busy
/// timeout, so the background printer worker and a request never fail on each other's lock.
/// </summary>
public sealed class DurableSqliteFile
{
    private readonly string _connectionString;

    private DurableSqliteFile(string connectionString) => _connectionString = connectionString;

    /// <summary>
    /// Opens (creating the file and its folder if needed) the database at <paramref name="path"/>,
    /// switches it to WAL and runs <paramref name="schemaSql"/> (idempotent DDL and start-up fixes).
    /// </summary>
    public static DurableSqliteFile Open(string path, string schemaSql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaSql);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        var file = new DurableSqliteFile(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());
        using var connection = file.Connect();
        using var command = connection.CreateCommand();
        // journal_mode is stored in the file, so once is enough; the per-connection pragmas are in Connect.
        command.CommandText = "PRAGMA journal_mode = WAL;\n" + schemaSql;
        command.ExecuteNonQuery();
        return file;
    }

    /// <summary>An open connection with the durability pragmas set; the caller disposes it.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;";
        pragma.ExecuteNonQuery();
        return connection;
    }
}
